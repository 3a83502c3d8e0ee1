"""Hand-written official documents and news articles for tests/test_header.py.

Written for the project after the layouts of Nghị định 30/2020/NĐ-CP (state
bodies) and Hướng dẫn 36-HD/VPTW (Party bodies); the names, numbers and contents
are made up.
"""

# A Party resolution as a Word header table read row by row: cells joined by tabs.
PARTY_RESOLUTION = """TỈNH ỦY LAI CHÂU\tĐẢNG CỘNG SẢN VIỆT NAM
*
Số 15-NQ/TU\tLai Châu, ngày 3 tháng 2 năm 2022

NGHỊ QUYẾT
về phát triển du lịch tỉnh Lai Châu giai đoạn
2021 - 2025, định hướng đến năm 2030

I- TÌNH HÌNH VÀ NGUYÊN NHÂN
Thực hiện Nghị quyết Đại hội XIV Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết
chuyên đề về phát triển du lịch, khai thác tiềm năng của cao nguyên Sìn Hồ và đèo Ô Quy Hồ.
Du lịch cộng đồng ở các bản người Dao, người Mông đã thu hút nhiều du khách.

II- MỤC TIÊU
Đến năm 2025, đón 1,5 triệu lượt khách; tổng thu từ du lịch đạt 3.000 tỷ đồng.

Nơi nhận:\tT/M BAN THƯỜNG VỤ
- Ban Bí thư (báo cáo),\tBÍ THƯ
- Các đồng chí Tỉnh ủy viên,
- Lưu Văn phòng Tỉnh ủy.
\tGiàng Páo Mỷ
"""

# A Party conclusion with the header read column by column (left cells, then right).
PARTY_CONCLUSION = """ĐẢNG BỘ TỈNH SƠN LA
HUYỆN ỦY THUẬN CHÂU
*
Số 08-KL/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Thuận Châu, ngày 12 tháng 12 năm 2018

KẾT LUẬN
CỦA BAN THƯỜNG VỤ HUYỆN ỦY
về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị

Tại Hội nghị ngày 10/12/2018, Ban Thường vụ Huyện ủy nghe báo cáo kết quả 2 năm thực hiện
Chỉ thị số 05-CT/TW ngày 15/5/2016 và kết luận như sau:
1. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được các cấp ủy quan tâm.
2. Các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt thường kỳ.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
(Đã ký)
Lò Văn Minh

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu VPHU.
"""

# A provincial decision signed on the chairman's behalf (KT.), numbered with a colon,
# the body's name over two lines and the motto's cells read before the left column.
STATE_DECISION = """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
ỦY BAN NHÂN DÂN
TỈNH ĐIỆN BIÊN
-------
Số: 1182/QĐ-UBND
Điện Biên, ngày 20 tháng 9 năm 2022

QUYẾT ĐỊNH
Về việc phê duyệt Đề án bảo đảm an toàn hồ đập thủy lợi
trên địa bàn tỉnh giai đoạn 2022 - 2025

ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017;
Căn cứ Nghị định số 114/2018/NĐ-CP ngày 04/9/2018 của Chính phủ về quản lý an toàn đập, hồ chứa nước;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn.

QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án bảo đảm an toàn hồ đập thủy lợi trên địa bàn tỉnh giai đoạn 2022 - 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lò Văn Tiến
"""

# A law as legal portals print it: a title line above the header, the national
# assembly's session block, the name in capitals and the passing formula at the end.
LAW = """Luật du lịch
QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Luật số: 09/2017/QH14

Hà Nội, ngày 19 tháng 6 năm 2017

LUẬT

DU LỊCH

Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;

Quốc hội ban hành Luật Du lịch.

Điều 1. Phạm vi điều chỉnh

Luật này quy định về tài nguyên du lịch, phát triển sản phẩm du lịch và hoạt động du lịch.

Điều 78. Hiệu lực thi hành

1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2018.

2. Luật du lịch số 44/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.

Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 3 thông qua ngày 19 tháng 6 năm 2017.

CHỦ TỊCH QUỐC HỘI




Nguyễn Thị Kim Ngân
"""

# A portal article that cites the resolution, in its headline and its body, many times.
NEWS_CITING = """Lai Châu quán triệt Nghị quyết số 15-NQ/TU về phát triển du lịch
(laichau.gov.vn)
Ngày 10/3/2022, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 15-NQ/TU
ngày 3/2/2022 của Ban Thường vụ Tỉnh ủy về phát triển du lịch. Đồng chí Giàng Páo Mỷ, Bí thư
Tỉnh ủy, nhấn mạnh: Nghị quyết 15-NQ/TU là khâu đột phá; các huyện xây dựng kế hoạch thực hiện
Nghị quyết 15-NQ/TU, báo cáo kết quả thực hiện 15-NQ/TU trước ngày 30/6/2022.
"""

NEWS_CITING_2 = """Sìn Hồ phát triển du lịch cộng đồng
Thực hiện Nghị quyết số 15-NQ/TU của Ban Thường vụ Tỉnh ủy, huyện Sìn Hồ đã đầu tư hạ tầng
cho bản du lịch cộng đồng Sì Thâu Chải, nơi đồng bào Mông giữ nhiều nét văn hóa truyền thống.
Theo Lai Châu
"""

# A news article that reproduces a header-like line in its body: no header either.
NEWS_QUOTING = """Điện Biên: Phê duyệt đề án an toàn hồ đập
Ngày 20/9/2022, UBND tỉnh ban hành Quyết định số 1182/QĐ-UBND phê duyệt Đề án bảo đảm an toàn
hồ đập. Quyết định ghi: "Số: 1182/QĐ-UBND, Điện Biên, ngày 20 tháng 9 năm 2022".
Ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh, yêu cầu các sở triển khai ngay.
"""

# Two articles that name Kế hoạch 36-KH/TU once each: one in its headline, one in passing.
NEWS_PLAN_CITED = """Mường Tè tập huấn chuyển đổi số cho cán bộ xã
Huyện Mường Tè tổ chức lớp tập huấn kỹ năng số cho 120 cán bộ xã, thực hiện Kế hoạch 36-KH/TU
của Ban Thường vụ Tỉnh ủy. Học viên được hướng dẫn sử dụng dịch vụ công trực tuyến.
"""

NEWS_PLAN_TITLED = """Triển khai Kế hoạch 36-KH/TU về chuyển đổi số
Các sở, ngành đã xây dựng chương trình hành động, ưu tiên dịch vụ công trực tuyến mức độ 4
và số hóa hồ sơ một cửa ở cấp xã trong năm 2023.
"""
