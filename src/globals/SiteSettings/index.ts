import type { GlobalConfig } from 'payload'

import { editorsOnly } from '@/access/roles'
import { invalidateGlobalOnChange } from '@/cache/hooks'

export const weatherProviders = ['open-meteo', 'static', 'off'] as const
export type WeatherProviderName = (typeof weatherProviders)[number]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Cài đặt trang', en: 'Site settings', zh: '网站设置' },
  admin: { group: { vi: 'Quản trị', en: 'Administration', zh: '管理' } },
  access: { read: () => true, update: editorsOnly },
  hooks: { afterChange: [invalidateGlobalOnChange({ global: 'site-settings' })] },
  fields: [
    {
      type: 'collapsible',
      label: { vi: 'Thời tiết', en: 'Weather strip', zh: '天气' },
      fields: [
        {
          name: 'weatherProvider',
          type: 'select',
          defaultValue: 'open-meteo',
          label: { vi: 'Nguồn dữ liệu', en: 'Provider', zh: '数据来源' },
          options: [
            { value: 'open-meteo', label: { vi: 'Open-Meteo (tự động)', en: 'Open-Meteo (automatic)', zh: 'Open-Meteo（自动）' } },
            { value: 'static', label: { vi: 'Nhập tay', en: 'Typed by editors', zh: '编辑手动输入' } },
            { value: 'off', label: { vi: 'Tắt', en: 'Off', zh: '关闭' } },
          ],
        },
        {
          name: 'weatherCities',
          type: 'array',
          maxRows: 6,
          label: { vi: 'Thành phố', en: 'Cities', zh: '城市' },
          labels: { singular: { vi: 'Thành phố', en: 'City', zh: '城市' }, plural: { vi: 'Thành phố', en: 'Cities', zh: '城市' } },
          admin: {
            components: {
              RowLabel: {
                path: '@/admin/NamedRowLabel#NamedRowLabel',
                clientProps: { nameField: 'name', fallback: { vi: 'Thành phố', en: 'City', zh: '城市' } },
              },
            },
            description: {
              vi: 'Danh sách chung cho mọi ngôn ngữ: thêm, bớt hay đổi thứ tự ở một ngôn ngữ là đổi cho tất cả.',
              en: 'One list for every language: adding, removing or reordering a city here does so for all.',
              zh: '所有语言共用一个列表：在此增删或排序城市会同时作用于所有语言。',
            },
          },
          fields: [
            {
              name: 'name',
              type: 'text',
              // The list is one for every language; only the name is per language, and a city not
              // yet named in this language shows under its name in another (src/weather/cities.ts).
              localized: true,
              label: { vi: 'Tên', en: 'Name', zh: '名称' },
              admin: {
                description: {
                  vi: 'Để trống thì dùng tên đã nhập ở ngôn ngữ khác.',
                  en: 'Leave empty to use the name typed in another language.',
                  zh: '留空则使用其他语言中填写的名称。',
                },
              },
            },
            {
              type: 'row',
              fields: [
                { name: 'latitude', type: 'number', required: true, min: -90, max: 90, label: { vi: 'Vĩ độ', en: 'Latitude', zh: '纬度' } },
                {
                  name: 'longitude',
                  type: 'number',
                  required: true,
                  min: -180,
                  max: 180,
                  label: { vi: 'Kinh độ', en: 'Longitude', zh: '经度' },
                },
                {
                  name: 'temperature',
                  type: 'number',
                  min: -60,
                  max: 60,
                  label: { vi: 'Nhiệt độ (nhập tay, °C)', en: 'Temperature (typed, °C)', zh: '气温（手动，°C）' },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Số bài trong các khối', en: 'Widget sizes', zh: '模块文章数' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'relatedCount',
              type: 'number',
              defaultValue: 6,
              min: 1,
              max: 20,
              label: { vi: 'Tin liên quan', en: 'Related', zh: '相关新闻' },
            },
            {
              name: 'newerCount',
              type: 'number',
              defaultValue: 5,
              min: 1,
              max: 20,
              label: { vi: 'Tin mới hơn', en: 'Newer', zh: '较新新闻' },
            },
            {
              name: 'otherCount',
              type: 'number',
              defaultValue: 6,
              min: 1,
              max: 20,
              label: { vi: 'Tin khác', en: 'Other news', zh: '其他新闻' },
            },
            {
              name: 'listCount',
              type: 'number',
              defaultValue: 6,
              min: 1,
              max: 20,
              label: { vi: 'Mới nhất / Đọc nhiều', en: 'Latest / Most read', zh: '最新/最多阅读' },
            },
          ],
        },
        {
          name: 'relatedMax',
          type: 'number',
          defaultValue: 8,
          min: 1,
          max: 30,
          label: {
            vi: 'Số tin liên quan tối đa được chọn cho một bài',
            en: 'Most related articles editors may pick per article',
            zh: '每篇文章最多可选相关文章数',
          },
        },
      ],
    },
  ],
}
