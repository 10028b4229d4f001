import type { DemoAuthor } from './types'

/** Fictional journalists of the demo newsroom. */
export const authors: DemoAuthor[] = [
  {
    key: 'nguyen-thu-ha',
    name: 'Nguyễn Thu Hà',
    photo: 'portrait-thu-ha',
    bio: {
      vi: 'Phóng viên ban Thời sự, theo dõi giao thông và đời sống đô thị Hà Nội từ năm 2014.',
      en: 'News desk reporter who has covered transport and city life in Hanoi since 2014.',
      zh: '时事部记者，自2014年起负责报道河内的交通与城市生活。',
    },
  },
  {
    key: 'tran-minh-quan',
    name: 'Trần Minh Quân',
    photo: 'portrait-minh-quan',
    bio: {
      vi: 'Biên tập viên Kinh tế, chuyên viết về nông nghiệp, xuất khẩu và doanh nghiệp nhỏ.',
      en: 'Business editor writing about agriculture, exports and small companies.',
      zh: '经济版编辑，专注于农业、出口和中小企业报道。',
    },
  },
  {
    key: 'le-phuong-anh',
    name: 'Lê Phương Anh',
    photo: 'portrait-phuong-anh',
    bio: {
      vi: 'Phóng viên Văn hóa, yêu di sản cố đô Huế và các loại hình nghệ thuật truyền thống.',
      en: 'Culture reporter with a passion for the heritage of Hue and traditional performing arts.',
      zh: '文化版记者，热爱顺化古都遗产和传统表演艺术。',
    },
  },
  {
    key: 'pham-duc-long',
    name: 'Phạm Đức Long',
    bio: {
      vi: 'Phóng viên Thể thao, đã tường thuật hơn 300 trận bóng đá trong nước và khu vực.',
      en: 'Sports reporter who has covered more than 300 domestic and regional football matches.',
      zh: '体育记者，已报道国内及地区足球比赛三百余场。',
    },
  },
  {
    key: 'vo-hoang-nam',
    name: 'Võ Hoàng Nam',
    bio: {
      vi: 'Phóng viên Công nghệ tại Đà Nẵng, quan tâm đến chuyển đổi số và cộng đồng khởi nghiệp.',
      en: 'Technology reporter based in Da Nang, following digital transformation and the start-up scene.',
      zh: '驻岘港科技记者，关注数字化转型和创业社区。',
    },
  },
  {
    key: 'dang-bich-ngoc',
    name: 'Đặng Bích Ngọc',
    bio: {
      vi: 'Biên tập viên Thế giới, phụ trách tin tức khu vực Mê Kông và cộng đồng người Việt ở nước ngoài.',
      en: 'World editor in charge of Mekong region news and Vietnamese communities abroad.',
      zh: '国际版编辑，负责湄公河地区新闻和海外越南人社区报道。',
    },
  },
]
