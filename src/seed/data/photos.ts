import type { DemoPhoto } from './types'

/**
 * Demo photos. They are drawn locally (gradient + motif), so the alt text
 * describes the scene the picture stands for. Some photos deliberately have
 * no caption, or a caption in Vietnamese only.
 */
export const photos: DemoPhoto[] = [
  // ---- Heroes: Thời sự ----
  {
    key: 'metro-elevated',
    alt: {
      vi: 'Đoàn tàu metro màu trắng chạy trên cầu cạn bắc qua sông Hồng lúc hoàng hôn.',
      en: 'A white metro train crosses an elevated viaduct over the Red River at sunset.',
      zh: '日落时分，一列白色地铁列车驶过横跨红河的高架桥。',
    },
    caption: {
      vi: 'Đoàn tàu chạy thử trên đoạn cầu cạn ven sông Hồng.',
      en: 'A test train on the riverside viaduct section.',
      zh: '试运行列车行驶在红河沿岸高架路段。',
    },
    credit: 'Hoàng Văn Khải',
    agency: 'TTXVN',
    palette: ['#1d3557', '#f4a261'],
    motif: 'skyline',
  },
  {
    key: 'metro-station-interior',
    alt: {
      vi: 'Hành khách xếp hàng trước cửa soát vé tự động trong một nhà ga metro sáng đèn.',
      en: 'Passengers queue at automatic ticket gates inside a brightly lit metro station.',
      zh: '乘客在灯火通明的地铁站内排队通过自动检票闸机。',
    },
    caption: {
      vi: 'Người dân trải nghiệm cửa soát vé bằng thẻ căn cước tại ga Bến Sông.',
      en: 'Residents try out ID-card ticket gates at Ben Song station.',
      zh: '市民在本松站体验刷身份证进站的闸机。',
    },
    credit: 'Hoàng Văn Khải',
    palette: ['#264653', '#e9c46a'],
    motif: 'skyline',
  },
  {
    key: 'tidal-sluice',
    alt: {
      vi: 'Cánh cửa thép khổng lồ của cống ngăn triều đóng lại trên một con kênh rộng.',
      en: 'The huge steel gate of a tidal sluice closes across a wide canal.',
      zh: '巨大的钢制防潮闸门在宽阔的河道上缓缓关闭。',
    },
    caption: {
      vi: 'Cống Rạch Sen vận hành lần đầu trong đợt triều cường tháng này.',
      en: 'The Rach Sen sluice operating for the first time during this month’s king tide.',
      zh: '本月大潮期间，莲渠防潮闸首次投入运行。',
    },
    agency: 'Vietnam+',
    palette: ['#023e8a', '#90e0ef'],
    motif: 'waves',
  },
  {
    // The English edition's own hero photo (the story as NDO ran it).
    key: 'canal-bank-residents',
    alt: {
      vi: 'Người dân đứng trên bờ kênh nhìn cửa van thép hạ xuống lúc chiều tối.',
      en: 'Residents on a canal bank watch a steel gate being lowered at dusk.',
      zh: '傍晚，居民们站在河岸上观看钢制闸门缓缓落下。',
    },
    caption: {
      en: 'Residents watch the Rach Sen gates close on the first night of operation.',
    },
    credit: 'Giang Nam',
    agency: 'NDO',
    palette: ['#1d3557', '#f4a261'],
    motif: 'skyline',
  },
  {
    key: 'beach-volunteers',
    alt: {
      vi: 'Hàng trăm tình nguyện viên mặc áo xanh nhặt rác trên bãi biển dài vào buổi sáng sớm.',
      en: 'Hundreds of volunteers in blue shirts pick up litter along a long beach in the early morning.',
      zh: '清晨，数百名身穿蓝色上衣的志愿者在长长的海滩上捡拾垃圾。',
    },
    caption: {
      vi: 'Tình nguyện viên làm sạch bãi biển Mỹ Khê, Đà Nẵng.',
      en: 'Volunteers clean up My Khe beach in Da Nang.',
      zh: '志愿者在岘港美溪海滩清理垃圾。',
    },
    credit: 'Trương Mỹ Linh',
    agency: 'Newsroom',
    palette: ['#0077b6', '#ffd166'],
    motif: 'waves',
  },
  {
    key: 'heat-street',
    alt: {
      vi: 'Người đi xe máy trùm kín áo chống nắng dừng chờ đèn đỏ dưới cái nắng gay gắt giữa trưa.',
      en: 'Motorbike riders wrapped in sun-protective clothing wait at a red light under the harsh midday sun.',
      zh: '正午烈日下，裹着防晒衣的摩托车骑手在红灯前等候。',
    },
    agency: 'TTXVN',
    palette: ['#e63946', '#ffb703'],
    motif: 'sun',
  },
  {
    key: 'school-lunch',
    alt: {
      vi: 'Học sinh tiểu học vùng cao ngồi quanh những chiếc bàn gỗ ăn bữa trưa tại trường.',
      en: 'Primary pupils in a highland school sit around wooden tables eating lunch.',
      zh: '山区小学的学生们围坐在木桌旁吃午饭。',
    },
    caption: {
      vi: 'Bữa trưa tại điểm trường Nậm Khiêu.',
      en: 'Lunchtime at the Nam Khieu school site.',
      zh: '南乔教学点的午餐时间。',
    },
    credit: 'Lò Thị Xuân',
    palette: ['#2a9d8f', '#f1faee'],
    motif: 'mountain',
  },
  {
    key: 'bus-station',
    alt: {
      vi: 'Một chiếc xe buýt màu vàng đỏ đón khách tại nhà chờ trên đại lộ rợp bóng cây.',
      en: 'A yellow and red city bus picks up passengers at a shelter on a tree-lined boulevard.',
      zh: '一辆黄红相间的公交车在绿树成荫的大道旁站台接载乘客。',
    },
    caption: {
      vi: 'Xe buýt nội đô tại điểm dừng trên phố Tràng Thi.',
      en: 'A city bus at a stop on Trang Thi street.',
      zh: '停靠在长诗街站台的市内公交车。',
    },
    agency: 'NDO',
    palette: ['#d62828', '#fcbf49'],
    motif: 'skyline',
  },
  // ---- Heroes: Kinh tế ----
  {
    key: 'rice-field-harvest',
    alt: {
      vi: 'Máy gặt đập liên hợp làm việc giữa cánh đồng lúa chín vàng trải dài tới chân trời.',
      en: 'A combine harvester works in a field of golden ripe rice stretching to the horizon.',
      zh: '联合收割机在一望无际的金黄稻田中作业。',
    },
    caption: {
      vi: 'Thu hoạch lúa đông xuân ở đồng bằng sông Cửu Long.',
      en: 'Harvesting the winter-spring rice crop in the Mekong Delta.',
      zh: '湄公河三角洲的冬春季水稻收割。',
    },
    credit: 'Huỳnh Tấn Lộc',
    agency: 'VNA',
    palette: ['#606c38', '#fefae0'],
    motif: 'field',
  },
  {
    key: 'rice-drying',
    alt: {
      vi: 'Hai phụ nữ đội nón lá cào lúa phơi trên tấm bạt xanh trước sân nhà.',
      en: 'Two women in conical hats rake rice grain drying on a blue tarpaulin in a front yard.',
      zh: '两位戴斗笠的妇女在院子前的蓝色篷布上翻晒稻谷。',
    },
    caption: {
      vi: 'Phơi lúa sau thu hoạch ở xã Mỹ Hòa.',
      en: 'Drying the harvest in My Hoa commune.',
      zh: '美和乡农民晾晒收获的稻谷。',
    },
    credit: 'Huỳnh Tấn Lộc',
    palette: ['#bc6c25', '#dda15e'],
    motif: 'field',
  },
  {
    key: 'coffee-hills',
    alt: {
      vi: 'Những đồi cà phê xanh mướt trải dài dưới bầu trời sương mờ ở Tây Nguyên.',
      en: 'Rolling green coffee hills stretch out under a misty sky in the Central Highlands.',
      zh: '西原地区薄雾笼罩下，连绵起伏的咖啡山丘一片翠绿。',
    },
    caption: {
      vi: 'Vùng cà phê Cư Mgar bước vào mùa thu hoạch.',
      en: 'The Cu Mgar coffee region enters harvest season.',
      zh: '居姆加咖啡产区进入收获季节。',
    },
    credit: 'Y Đhăm Niê',
    agency: 'TTXVN',
    palette: ['#283618', '#a3b18a'],
    motif: 'mountain',
  },
  {
    key: 'startup-booth',
    alt: {
      vi: 'Khách tham quan trò chuyện với các bạn trẻ tại một gian hàng khởi nghiệp có màn hình lớn.',
      en: 'Visitors talk with young founders at a start-up booth with a large screen.',
      zh: '参观者在一个配有大屏幕的创业展位前与年轻创业者交谈。',
    },
    caption: {
      vi: 'Một gian trưng bày tại ngày hội khởi nghiệp.',
      en: 'A booth at the start-up fair.',
      zh: '创业日活动上的一个展位。',
    },
    credit: 'Nguyễn Gia Bảo',
    palette: ['#3a0ca3', '#4cc9f0'],
    motif: 'circuit',
  },
  {
    key: 'dragon-fruit-farm',
    alt: {
      vi: 'Những hàng trụ thanh long trĩu quả đỏ thắm dưới ánh nắng buổi chiều.',
      en: 'Rows of dragon fruit posts laden with bright red fruit in the afternoon sun.',
      zh: '午后阳光下，一排排火龙果架上挂满了鲜红的果实。',
    },
    caption: {
      vi: 'Vườn thanh long của hợp tác xã Hàm Minh.',
    },
    agency: 'Newsroom',
    palette: ['#9d0208', '#95d5b2'],
    motif: 'field',
  },
  {
    key: 'fishing-port',
    alt: {
      vi: 'Những con tàu cá sơn xanh đỏ neo đậu san sát tại cầu cảng mới xây.',
      en: 'Fishing boats painted blue and red moored side by side at a newly built quay.',
      zh: '涂着蓝红色油漆的渔船并排停靠在新建的码头边。',
    },
    caption: {
      vi: 'Cảng cá Sa Kỳ Bắc đón những chuyến tàu đầu tiên.',
      en: 'Sa Ky Bac fishing port welcomes its first boats.',
      zh: '北沙岐渔港迎来首批渔船。',
    },
    credit: 'Đinh Quốc Việt',
    palette: ['#03045e', '#ef476f'],
    motif: 'waves',
  },
  {
    key: 'gold-counter',
    alt: {
      vi: 'Nhân viên cửa hàng vàng bạc đưa nhẫn vàng cho khách xem qua tủ kính sáng đèn.',
      en: 'A jewellery shop assistant shows a gold ring to a customer over a lit glass counter.',
      zh: '金店店员隔着明亮的玻璃柜台向顾客展示金戒指。',
    },
    caption: {
      vi: 'Khách hàng mua vàng tại một cửa hàng trên phố Hàng Bạc.',
    },
    agency: 'NDO',
    palette: ['#7f5539', '#ffd60a'],
    motif: 'sun',
  },
  // ---- Heroes: Thế giới ----
  {
    key: 'mekong-river',
    alt: {
      vi: 'Dòng sông Mê Kông rộng lớn màu nâu phù sa chảy qua những bãi bồi xanh.',
      en: 'The wide, silt-brown Mekong River flows past green sandbanks.',
      zh: '宽阔的湄公河裹挟着褐色泥沙流过翠绿的沙洲。',
    },
    caption: {
      vi: 'Sông Mê Kông đoạn chảy qua thủ đô Viêng Chăn.',
      en: 'The Mekong River as it passes Vientiane.',
      zh: '流经万象的湄公河河段。',
    },
    credit: 'Đặng Hải Yến',
    agency: 'VNA',
    palette: ['#7f4f24', '#52b788'],
    motif: 'waves',
  },
  {
    key: 'prague-market',
    alt: {
      vi: 'Dãy gian hàng ẩm thực treo đèn lồng đỏ giữa quảng trường lát đá cổ ở châu Âu.',
      en: 'A row of food stalls hung with red lanterns in an old cobbled square in Europe.',
      zh: '欧洲一座古老的石板广场上，一排挂着红灯笼的美食摊位。',
    },
    caption: {
      vi: 'Hội chợ ẩm thực Việt tại Praha.',
      en: 'The Vietnamese food fair in Prague.',
      zh: '布拉格越南美食节。',
    },
    credit: 'Vũ Thanh Tùng',
    palette: ['#9b2226', '#ee9b00'],
    motif: 'lantern',
  },
  {
    key: 'youth-camp',
    alt: {
      vi: 'Các bạn trẻ từ nhiều nước đứng thành vòng tròn, nắm tay nhau trên bãi cỏ rộng.',
      en: 'Young people from many countries stand in a circle holding hands on a wide lawn.',
      zh: '来自多个国家的年轻人在宽阔的草坪上手拉手围成一圈。',
    },
    agency: 'Newsroom',
    palette: ['#2d6a4f', '#ffbe0b'],
    motif: 'sun',
  },
  {
    key: 'relief-boxes',
    alt: {
      vi: 'Công nhân chuyển những thùng hàng cứu trợ lên khoang một máy bay vận tải.',
      en: 'Workers load boxes of relief supplies into the hold of a cargo plane.',
      zh: '工作人员将一箱箱救援物资装入运输机货舱。',
    },
    credit: 'Mai Anh Dũng',
    palette: ['#495057', '#4895ef'],
    motif: 'waves',
  },
  // ---- Heroes: Văn hóa ----
  {
    key: 'hue-gate',
    alt: {
      vi: 'Một cổng thành cổ mái ngói vàng, tường rêu phong, được bao quanh bởi giàn giáo tre.',
      en: 'An old citadel gate with a yellow-tiled roof and moss-covered walls, surrounded by bamboo scaffolding.',
      zh: '一座黄瓦顶、墙面长满青苔的古城门，四周搭着竹制脚手架。',
    },
    caption: {
      vi: 'Điện Cẩm Hà trong những ngày trùng tu.',
      en: 'Cam Ha Pavilion during restoration.',
      zh: '修缮中的锦霞殿。',
    },
    credit: 'Tôn Nữ Thảo Vy',
    agency: 'TTXVN',
    palette: ['#6a040f', '#ffba08'],
    motif: 'sun',
  },
  {
    key: 'hue-craftsman',
    alt: {
      vi: 'Một nghệ nhân lớn tuổi tỉ mỉ đắp men sành sứ lên đầu rồng trên mái điện.',
      en: 'An elderly craftsman carefully sets ceramic shards onto a dragon head on a palace roof.',
      zh: '一位年长的工匠在殿顶的龙头上细心镶嵌瓷片。',
    },
    caption: {
      vi: 'Nghệ nhân Hồ Văn Lạc phục dựng chi tiết khảm sành sứ.',
      en: 'Craftsman Ho Van Lac restores the ceramic mosaic.',
      zh: '工匠胡文乐修复瓷片镶嵌装饰。',
    },
    credit: 'Tôn Nữ Thảo Vy',
    palette: ['#370617', '#48cae4'],
    motif: 'sun',
  },
  {
    key: 'hoi-an-lanterns',
    alt: {
      vi: 'Hàng trăm chiếc đèn lồng nhiều màu phản chiếu trên mặt sông trong đêm phố cổ.',
      en: 'Hundreds of colourful lanterns reflect on the river on a night in the old town.',
      zh: '古镇夜晚，数百盏五彩灯笼倒映在河面上。',
    },
    caption: {
      vi: 'Sông Hoài rực rỡ trong đêm hội đèn lồng.',
      en: 'The Hoai River glows during the lantern festival.',
      zh: '灯笼节之夜，怀河流光溢彩。',
    },
    credit: 'Phan Nhật Minh',
    agency: 'VNA',
    palette: ['#240046', '#ff9e00'],
    motif: 'lantern',
  },
  {
    key: 'lantern-maker',
    alt: {
      vi: 'Đôi bàn tay người thợ căng lụa vàng lên khung tre của một chiếc đèn lồng.',
      en: 'A craftsman’s hands stretch yellow silk over the bamboo frame of a lantern.',
      zh: '一双工匠的手正把黄色丝绸绷在灯笼的竹骨架上。',
    },
    caption: {
      vi: 'Làm đèn lồng thủ công theo cách truyền thống của phố cổ Hội An.',
      en: 'Making lanterns by hand, the traditional Hoi An way.',
      zh: '按照会安古镇传统工艺手工制作灯笼。',
    },
    credit: 'Phan Nhật Minh',
    palette: ['#6f1d1b', '#ffe66d'],
    motif: 'lantern',
  },
  {
    key: 'traditional-stage',
    alt: {
      vi: 'Các nghệ nhân biểu diễn nghệ thuật truyền thống trên sân khấu gỗ dưới ánh đèn vàng ấm.',
      en: 'Artists perform traditional music and theatre on a wooden stage under warm yellow light.',
      zh: '艺人们在暖黄灯光下的木制舞台上表演传统艺术。',
    },
    caption: {
      vi: 'Một buổi biểu diễn nghệ thuật truyền thống tại phố cổ Hà Nội.',
      en: 'A traditional performance in Hanoi’s Old Quarter.',
      zh: '河内古街区的一场传统艺术演出。',
    },
    agency: 'NDO',
    palette: ['#582f0e', '#e9c46a'],
    motif: 'lantern',
  },
  {
    key: 'book-street',
    alt: {
      vi: 'Người dân dạo bước giữa những quầy sách dưới tán cây và dây đèn trang trí buổi tối.',
      en: 'People stroll between book stalls under trees and strings of lights in the evening.',
      zh: '傍晚，人们在树荫和装饰灯串下的书摊之间漫步。',
    },
    caption: {
      vi: 'Phố sách Hà Nội vào một tối cuối tuần.',
      en: 'Hanoi Book Street on a weekend evening.',
      zh: '周末傍晚的河内书街。',
    },
    credit: 'Lương Khánh Chi',
    palette: ['#3d405b', '#f2cc8f'],
    motif: 'lantern',
  },
  // ---- Heroes: Thể thao ----
  {
    key: 'stadium-night',
    alt: {
      vi: 'Sân vận động chật kín khán giả dưới hệ thống đèn pha sáng rực trong một trận đấu buổi tối.',
      en: 'A packed stadium under blazing floodlights during an evening match.',
      zh: '晚间比赛时，座无虚席的体育场在耀眼的灯光下。',
    },
    caption: {
      vi: 'Khán đài sân Hàng Đẫy trong một trận đấu buổi tối.',
      en: 'The stands at Hang Day stadium during an evening match.',
      zh: '一场夜间比赛中的杭队体育场看台。',
    },
    credit: 'Phạm Quốc Huy',
    agency: 'Newsroom',
    palette: ['#0b3d91', '#38b000'],
    motif: 'stadium',
  },
  {
    key: 'stadium-fans',
    alt: {
      vi: 'Cổ động viên mặc áo đỏ vẫy cờ và giơ cao khăn cổ vũ trên khán đài.',
      en: 'Fans in red shirts wave flags and hold scarves aloft in the stands.',
      zh: '身穿红衣的球迷在看台上挥舞旗帜、高举围巾。',
    },
    caption: {
      vi: 'Cổ động viên Sông Hồng FC ăn mừng bàn thắng.',
      en: 'Song Hong FC supporters celebrate a goal.',
      zh: '红河足球俱乐部球迷庆祝进球。',
    },
    credit: 'Phạm Quốc Huy',
    palette: ['#c1121f', '#fdf0d5'],
    motif: 'stadium',
  },
  {
    key: 'marathon-coast',
    alt: {
      vi: 'Dòng vận động viên chạy bộ trên con đường ven biển khi mặt trời vừa ló rạng.',
      en: 'A stream of runners on a coastal road as the sun rises.',
      zh: '旭日初升，长长的跑者队伍沿着海滨公路奔跑。',
    },
    caption: {
      vi: 'Các vận động viên xuất phát từ cầu Rồng.',
      en: 'Runners set off from the Dragon Bridge.',
      zh: '选手们从龙桥出发。',
    },
    agency: 'VNA',
    palette: ['#ff7b00', '#00b4d8'],
    motif: 'sun',
  },
  {
    key: 'volleyball-arena',
    alt: {
      vi: 'Các nữ vận động viên bóng chuyền bật cao chắn bóng trước tấm lưới trong nhà thi đấu.',
      en: 'Female volleyball players leap to block the ball at the net in an indoor arena.',
      zh: '室内体育馆里，女排队员在网前高高跃起拦网。',
    },
    caption: {
      vi: 'Pha chắn bóng trong trận bán kết.',
      en: 'A block during the semi-final.',
      zh: '半决赛中的一次拦网。',
    },
    credit: 'Kiều Thị Nhung',
    palette: ['#5a189a', '#ffd000'],
    motif: 'stadium',
  },
  // ---- Heroes: Công nghệ ----
  {
    key: 'digital-kiosk',
    alt: {
      vi: 'Một cụ ông được nhân viên hướng dẫn thao tác trên ki-ốt màn hình cảm ứng tại trung tâm hành chính.',
      en: 'A staff member helps an elderly man use a touch-screen kiosk at an administrative centre.',
      zh: '在行政服务中心，工作人员指导一位老人使用触摸屏自助终端。',
    },
    caption: {
      vi: 'Ki-ốt dịch vụ công tại Trung tâm hành chính Đà Nẵng.',
      en: 'A public-service kiosk at the Da Nang Administrative Centre.',
      zh: '岘港行政中心的公共服务自助终端。',
    },
    credit: 'Võ Thị Kim Oanh',
    agency: 'Newsroom',
    palette: ['#14213d', '#fca311'],
    motif: 'circuit',
  },
  {
    key: 'chip-lab',
    alt: {
      vi: 'Sinh viên mặc áo blouse trắng quan sát bảng mạch qua kính hiển vi trong phòng thí nghiệm.',
      en: 'Students in white coats examine a circuit board under a microscope in a laboratory.',
      zh: '身穿白大褂的学生在实验室里用显微镜观察电路板。',
    },
    caption: {
      vi: 'Giờ thực hành thiết kế vi mạch.',
      en: 'A hands-on chip design session.',
      zh: '芯片设计实践课。',
    },
    credit: 'Nguyễn Gia Bảo',
    palette: ['#001219', '#0a9396'],
    motif: 'circuit',
  },
  {
    key: 'clinic-video-call',
    alt: {
      vi: 'Một nữ y sĩ trạm y tế xã trao đổi qua màn hình máy tính với bác sĩ bệnh viện tỉnh.',
      en: 'A commune health worker talks with a provincial hospital doctor over a computer screen.',
      zh: '一名乡卫生站女医士通过电脑屏幕与省医院医生交流。',
    },
    caption: {
      vi: 'Buổi hội chẩn từ xa tại trạm y tế xã Tà Xùa.',
      en: 'A remote consultation at the Ta Xua commune health station.',
      zh: '在达舒乡卫生站进行的远程会诊。',
    },
    agency: 'TTXVN',
    palette: ['#006d77', '#edf6f9'],
    motif: 'circuit',
  },
  // ---- Heroes: Du lịch ----
  {
    key: 'buckwheat-hills',
    alt: {
      vi: 'Thung lũng phủ kín hoa tam giác mạch hồng tím, phía xa là những ngọn núi đá xám.',
      en: 'A valley carpeted with pink and purple buckwheat flowers, with grey limestone peaks beyond.',
      zh: '山谷里开满粉紫色的荞麦花，远处是灰色的石灰岩山峰。',
    },
    caption: {
      vi: 'Hoa tam giác mạch nở rộ ở Sủng Là.',
      en: 'Buckwheat in full bloom in Sung La.',
      zh: '宋拉的荞麦花盛开。',
    },
    credit: 'Giàng A Dính',
    agency: 'VNA',
    palette: ['#b5179e', '#adb5bd'],
    motif: 'mountain',
  },
  {
    key: 'buckwheat-cake',
    alt: {
      vi: 'Những chiếc bánh tam giác mạch màu nâu được nướng trên bếp than hồng bên lề ruộng hoa.',
      en: 'Brown buckwheat cakes grilling over glowing charcoal at the edge of a flower field.',
      zh: '花田边，几块褐色的荞麦饼正在炭火上烤着。',
    },
    caption: {
      vi: 'Bánh tam giác mạch nướng than, món quà quen thuộc của du khách.',
      en: 'Charcoal-grilled buckwheat cakes, a favourite with visitors.',
      zh: '炭烤荞麦饼是游客喜爱的小吃。',
    },
    credit: 'Giàng A Dính',
    palette: ['#6d4c41', '#f48c06'],
    motif: 'mountain',
  },
  {
    key: 'turtle-beach',
    alt: {
      vi: 'Một con rùa biển lớn bò lên bãi cát dưới ánh trăng, để lại vệt dài phía sau.',
      en: 'A large sea turtle crawls up the sand in the moonlight, leaving a long track behind it.',
      zh: '月光下，一只大海龟爬上沙滩，身后留下长长的痕迹。',
    },
    caption: {
      vi: 'Rùa mẹ lên bãi đẻ trứng ở Hòn Cau.',
      en: 'A mother turtle comes ashore to nest on Hon Cau.',
      zh: '母海龟登上昏高岛沙滩产卵。',
    },
    credit: 'Lâm Hữu Phước',
    palette: ['#001d3d', '#ffc300'],
    motif: 'waves',
  },
  {
    key: 'mekong-orchard',
    alt: {
      vi: 'Du khách ngồi xuồng nhỏ len qua con rạch hai bên là vườn cây ăn trái sum suê.',
      en: 'Visitors in a small boat glide along a creek lined with lush fruit orchards.',
      zh: '游客乘小船穿行在两岸果园繁茂的小河道中。',
    },
    caption: {
      vi: 'Chèo xuồng tham quan miệt vườn Phong Điền.',
      en: 'A boat trip through the orchards of Phong Dien.',
      zh: '乘船游览丰田果园。',
    },
    credit: 'Huỳnh Tấn Lộc',
    agency: 'Newsroom',
    palette: ['#1b4332', '#d8f3dc'],
    motif: 'field',
  },
  // ---- Author portraits (no captions) ----
  {
    key: 'portrait-thu-ha',
    alt: {
      vi: 'Chân dung nhà báo Nguyễn Thu Hà, tóc ngắn, mặc áo sơ mi trắng, mỉm cười trước phông nền xanh.',
      en: 'Portrait of journalist Nguyen Thu Ha, with short hair and a white shirt, smiling in front of a blue backdrop.',
      zh: '记者阮秋霞的肖像：短发，身穿白衬衫，在蓝色背景前微笑。',
    },
    agency: 'Newsroom',
    palette: ['#457b9d', '#f1faee'],
    motif: 'sun',
  },
  {
    key: 'portrait-minh-quan',
    alt: {
      vi: 'Chân dung nhà báo Trần Minh Quân, đeo kính, mặc áo vest xám, đứng trong tòa soạn.',
      en: 'Portrait of journalist Tran Minh Quan, wearing glasses and a grey jacket, standing in the newsroom.',
      zh: '记者陈明军的肖像：戴着眼镜，身穿灰色西装，站在编辑部里。',
    },
    credit: 'Nguyễn Gia Bảo',
    palette: ['#343a40', '#ced4da'],
    motif: 'skyline',
  },
  {
    key: 'portrait-phuong-anh',
    alt: {
      vi: 'Chân dung nhà báo Lê Phương Anh, tóc dài buộc gọn, mặc áo dài xanh ngọc, đứng trước một mái đình.',
      en: 'Portrait of journalist Le Phuong Anh, long hair tied back, in a jade-green ao dai in front of a temple roof.',
      zh: '记者黎芳英的肖像：长发束起，身穿翠绿色奥黛，站在一座亭庙屋檐前。',
    },
    credit: 'Tôn Nữ Thảo Vy',
    agency: 'Newsroom',
    palette: ['#2a9d8f', '#e9c46a'],
    motif: 'lantern',
  },
]
