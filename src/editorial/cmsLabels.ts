/**
 * What the browser editor (/admin/) calls each field and value, in Vietnamese and English: the
 * editors are officials and translators who read one or both. Values that readers see already have
 * a UI string (topic.*, eventKind.*…) and take it from src/i18n/ui/; the others are named here.
 * A test (src/editorial/cmsConfig.test.ts) fails when a field of a schema has no label here.
 */

import type { EntryCollectionName } from '../schemas/registry';

/** A label in the two languages of the editor. */
export interface BilingualLabel {
  vi: string;
  en: string;
}

/** Labels of the fields of every collection, by field name (nested fields by their own name). */
export const fieldLabels: Record<string, BilingualLabel> = {
  title: { vi: 'Tiêu đề', en: 'Title' },
  description: { vi: 'Mô tả ngắn', en: 'Description' },
  body: { vi: 'Nội dung', en: 'Text' },
  acceptedWarnings: { vi: 'Cảnh báo đã chấp nhận', en: 'Accepted warnings' },
  text: { vi: 'Cụm từ', en: 'Phrase' },
  reason: { vi: 'Lý do', en: 'Reason' },
  topic: { vi: 'Chuyên mục', en: 'Section' },
  date: { vi: 'Ngày', en: 'Date' },
  updated: { vi: 'Ngày cập nhật', en: 'Updated' },
  places: { vi: 'Địa danh', en: 'Places' },
  place: { vi: 'Địa danh', en: 'Place' },
  sectors: { vi: 'Lĩnh vực', en: 'Sectors' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  featured: { vi: 'Nổi bật trên trang chủ', en: 'Featured on the home page' },
  draft: { vi: 'Bản nháp (chưa đăng)', en: 'Draft (not published)' },
  publishDate: { vi: 'Ngày bắt đầu đăng', en: 'Publish from' },
  redirectFrom: { vi: 'Địa chỉ cũ (slug)', en: 'Old addresses (slugs)' },
  illustrative: { vi: 'Ví dụ minh họa', en: 'Illustrative example' },
  sources: { vi: 'Nguồn', en: 'Sources' },
  url: { vi: 'Địa chỉ', en: 'Address' },
  kind: { vi: 'Loại', en: 'Kind' },
  start: { vi: 'Ngày bắt đầu', en: 'Start' },
  end: { vi: 'Ngày kết thúc', en: 'End' },
  recurring: { vi: 'Tổ chức hằng năm', en: 'Held every year' },
  usualMonths: { vi: 'Các tháng thường tổ chức', en: 'Usual months' },
  organiser: { vi: 'Đơn vị tổ chức', en: 'Organiser' },
  season: { vi: 'Mùa tổ chức', en: 'Season' },
  printable: { vi: 'In được trên A4', en: 'Printable on A4' },
  keyFigures: { vi: 'Số liệu chính', en: 'Key figures' },
  id: { vi: 'Mã', en: 'Id' },
  value: { vi: 'Giá trị', en: 'Value' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  asOf: { vi: 'Thời điểm của số liệu', en: 'As of' },
  source: { vi: 'Nguồn (địa chỉ)', en: 'Source (address)' },
  figureLabels: { vi: 'Nhãn của số liệu', en: 'Figure labels' },
  commune: { vi: 'Xã, phường (hiện nay)', en: 'Commune or ward (today)' },
  areaHa: { vi: 'Diện tích (ha)', en: 'Area (ha)' },
  capitalVnd: { vi: 'Vốn đầu tư (đồng)', en: 'Capital (VND)' },
  exchangeRate: { vi: 'Tỷ giá', en: 'Exchange rate' },
  vndPerUsd: { vi: 'Đồng / USD', en: 'VND per USD' },
  form: { vi: 'Hình thức đầu tư', en: 'Investment form' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  number: { vi: 'Số văn bản', en: 'Number' },
  status: { vi: 'Tình trạng', en: 'Status' },
  lastVerified: { vi: 'Ngày kiểm tra gần nhất', en: 'Last verified' },
  validUntil: { vi: 'Có hiệu lực đến', en: 'Valid until' },
  contact: { vi: 'Đầu mối liên hệ', en: 'Contact' },
  incentives: { vi: 'Ưu đãi', en: 'Incentives' },
  area: { vi: 'Diện tích', en: 'Area' },
  ha: { vi: 'Héc-ta', en: 'Hectares' },
  year: { vi: 'Năm', en: 'Year' },
  occupancy: { vi: 'Tỷ lệ lấp đầy', en: 'Occupancy' },
  percent: { vi: 'Phần trăm', en: 'Percent' },
  coordinates: { vi: 'Tọa độ (vĩ độ, kinh độ)', en: 'Coordinates (latitude, longitude)' },
  country: { vi: 'Mã quốc gia (ISO)', en: 'Country code (ISO)' },
  population: { vi: 'Dân số', en: 'Population' },
  since: { vi: 'Hợp tác từ năm', en: 'Partner since' },
  milestoneDates: { vi: 'Mốc thời gian', en: 'Milestone dates' },
  precision: { vi: 'Độ chính xác', en: 'Precision' },
  themes: { vi: 'Lĩnh vực hợp tác', en: 'Themes' },
  capital: { vi: 'Thủ phủ', en: 'Capital' },
  milestones: { vi: 'Các mốc (mỗi dòng một mốc)', en: 'Milestones (one line each)' },
  tripMap: { vi: 'Hiện bản đồ các điểm đến', en: 'Show the map of destinations' },
  cover: { vi: 'Ảnh bìa', en: 'Cover picture' },
  utilities: { vi: 'Hạ tầng kỹ thuật', en: 'Utilities' },
  available: { vi: 'Đất còn trống cho thuê', en: 'Land available' },
  landRent: { vi: 'Giá thuê đất', en: 'Land rent' },
  currency: { vi: 'Đơn vị tiền', en: 'Currency' },
  per: { vi: 'Tính theo', en: 'Per' },
  distancesKm: { vi: 'Khoảng cách đường bộ (km)', en: 'Road distances (km)' },
  hanoi: { vi: 'Đến Hà Nội', en: 'To Hanoi' },
  noiBai: { vi: 'Đến sân bay Nội Bài', en: 'To Nội Bài airport' },
  haiPhong: { vi: 'Đến Hải Phòng', en: 'To Hải Phòng' },
  developer: { vi: 'Chủ đầu tư hạ tầng', en: 'Developer' },
  lunarRule: { vi: 'Ngày khai hội theo âm lịch', en: 'Opening day in the lunar calendar' },
  month: { vi: 'Tháng (âm lịch)', en: 'Month (lunar)' },
  day: { vi: 'Ngày (âm lịch)', en: 'Day (lunar)' },
  branch: { vi: 'Ngày theo địa chi', en: 'Day of the earthly branch' },
  nth: { vi: 'Lần thứ (trong tháng)', en: 'Which one in the month' },
  duration: { vi: 'Thời lượng (m:ss)', en: 'Length (m:ss)' },
  producer: { vi: 'Đơn vị sản xuất', en: 'Producer' },
  language: { vi: 'Ngôn ngữ nói', en: 'Spoken language' },
  embed: { vi: 'Trình phát nhúng', en: 'Embedded player' },
  host: { vi: 'Nền tảng', en: 'Host' },
  file: { vi: 'Tệp video', en: 'Video file' },
  poster: { vi: 'Ảnh chờ', en: 'Poster picture' },
};

/** Labels of values that no UI string names, by field name and value. */
export const valueLabels: Record<string, Record<string, BilingualLabel>> = {
  kind: {
    province: { vi: 'Tỉnh', en: 'Province' },
    department: { vi: 'Tỉnh (Pháp)', en: 'Département' },
    city: { vi: 'Thành phố', en: 'City' },
    'fact-sheet': { vi: 'Thông tin tóm tắt', en: 'Fact sheet' },
  },
  precision: {
    day: { vi: 'Ngày', en: 'Day' },
    month: { vi: 'Tháng', en: 'Month' },
    year: { vi: 'Năm', en: 'Year' },
  },
  unit: {
    km2: { vi: 'km²', en: 'km²' },
    ha: { vi: 'ha', en: 'ha' },
    people: { vi: 'người', en: 'people' },
    percent: { vi: '%', en: '%' },
    'per-km2': { vi: 'người/km²', en: 'per km²' },
    'vnd-billion': { vi: 'tỷ đồng', en: 'VND billion' },
    'vnd-million': { vi: 'triệu đồng', en: 'VND million' },
    'usd-million': { vi: 'triệu USD', en: 'USD million' },
    mw: { vi: 'MW', en: 'MW' },
    count: { vi: 'số lượng', en: 'count' },
    m: { vi: 'mét', en: 'metres' },
  },
};

/** Names of the collections, singular and plural. */
export const collectionLabels: Record<EntryCollectionName, { one: BilingualLabel; many: BilingualLabel }> = {
  articles: { one: { vi: 'Bài viết', en: 'Article' }, many: { vi: 'Bài viết', en: 'Articles' } },
  partners: { one: { vi: 'Đối tác', en: 'Partner' }, many: { vi: 'Đối tác', en: 'Partners' } },
  opportunities: { one: { vi: 'Cơ hội đầu tư', en: 'Opportunity' }, many: { vi: 'Cơ hội đầu tư', en: 'Investment opportunities' } },
  zones: { one: { vi: 'Khu, cụm công nghiệp', en: 'Industrial zone' }, many: { vi: 'Khu, cụm công nghiệp', en: 'Industrial zones' } },
  events: { one: { vi: 'Sự kiện', en: 'Event' }, many: { vi: 'Sự kiện', en: 'Events' } },
  press: { one: { vi: 'Tài liệu báo chí', en: 'Press material' }, many: { vi: 'Tài liệu báo chí', en: 'Press' } },
  videos: { one: { vi: 'Phóng sự video', en: 'Video report' }, many: { vi: 'Phóng sự video', en: 'Video reports' } },
};

/** "Tiêu đề · Title": how the editor shows a label. */
export const bilingual = (label: BilingualLabel): string => (label.vi === label.en ? label.vi : `${label.vi} · ${label.en}`);
