"""The register of the reference documents that the five source articles cite by code.

One entry per document. When several seeds cite the same document, the entry takes the seed that
says most about it (date, issuer, title) and quotes that seed's sentence as ``evidence``. Every
value comes from the seed:

* ``code`` is the ``normalize_code()`` form; ``date`` is None when the seed gives none;
* ``issuer`` is the body as the seed names it, without the Party term ("khóa XI"), and "" when the
  seed names none; a comment marks each entry whose issuer is read from the context rather than
  named beside the code. One body has one name here: the seeds' "Ban Bí thư" and "Ban Bí thư
  Trung ương Đảng" are both "Ban Bí thư". The names are those of the seeds' time, kept as written:
  several of these bodies have since merged or been renamed;
* ``title`` is the seed's own words after the code, date and issuer, without quotation marks
  around the whole title; "" when the seed gives none. Three titles mend a word the seed truncates
  or misspells, and one capitalises a body's name, each with a comment;
* ``evidence`` occurs verbatim in the seed once both are NFC-normalised and runs of whitespace
  are collapsed to one space; it keeps the seed's typos and missing letters.

Seed 002 is from Hà Tĩnh and seed 003 from Bình Phước; seed 001 never names its province, so its
"/TU" documents are issued by an unnamed "Ban Thường vụ Tỉnh ủy". Codes the seeds cite that are
not reference documents are left out: the websites' licences 27/GP-BC (seed 000, page footer) and
01/GP-TTĐT (seed 003).
"""

from datetime import date

REFERENCE_DOCUMENTS = [
    # 000: Sở Y tế tỉnh Kon Tum, 2019.
    {
        "code": "16/CT-TTg",
        "kind": "chi_thi",
        "date": date(2016, 5, 16),
        "issuer": "Thủ tướng Chính phủ",
        "title": "",
        "seed": "000_22a0531c59e90a24.txt",
        "evidence": (
            "Ngày 16/5/2016, Thủ tướng Chính phủ ban hành Chỉ thị số 16/CT-TTg xác định công tác dân vận "
            "là nhiệm vụ của cả hệ thống chính trị."
        ),
    },
    {
        "code": "454/QĐ-UBND",
        "kind": "quyet_dinh",
        "date": date(2018, 5, 4),
        "issuer": "UBND tỉnh",
        "title": (
            "ban hành Quy định tiêu chí đánh giá công tác dân vận của các cơ quan, đơn vị, tổ chức, "
            "doanh nghiệp Nhà nước trên địa bàn tỉnh Kon Tum"
        ),
        "seed": "000_22a0531c59e90a24.txt",
        "evidence": (
            "từ khi UBND tỉnh ban hành Quy định tiêu chí đánh giá công tác dân vận của các cơ quan, đơn vị, "
            "tổ chức, doanh nghiệp Nhà nước trên địa bàn tỉnh Kon Tum tại Quyết định số 454/QĐ-UBND ngày "
            "04/5/2018"
        ),
    },
    # 001: a provincial Party committee's news page; the province is not named.
    {
        "code": "43-KL/TW",
        "kind": "ket_luan",
        # Seed 001 cites it without a date; only the "related articles" list of seed 004, page debris,
        # dates it, and the register takes no fact from page debris.
        "date": None,
        "issuer": "Ban Bí thư",
        "title": "",
        "seed": "001_955713e2ee09973e.txt",
        "evidence": "Kết luận số 43-KL/TW của Ban Bí thư Trung ương Đảng (Khóa XII)",
    },
    {
        "code": "158-KH/TU",
        "kind": "ke_hoach",
        "date": None,
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": (
            "tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về "
            "“Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”"
        ),
        "seed": "001_955713e2ee09973e.txt",
        "evidence": (
            "Kế hoạch số 158-KH/TU của Ban Thường vụ Tỉnh ủy (khóa XIII) tiếp tục thực hiện Nghị quyết số "
            "25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường và đổi mới sự lãnh đạo của "
            "Đảng đối với công tác dân vận trong tình hình mới”"
        ),
    },
    {
        "code": "25-NQ/TW",
        "kind": "nghi_quyet",
        "date": None,
        "issuer": "Ban Chấp hành Trung ương Đảng",
        "title": (
            "về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”"
        ),
        "seed": "001_955713e2ee09973e.txt",
        "evidence": (
            "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Tăng cường và đổi mới "
            "sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”"
        ),
    },
    {
        "code": "03-CT/TU",
        "kind": "chi_thi",
        "date": date(2015, 11, 26),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": (
            "về tăng cường và nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp trong tình "
            "hình mới"
        ),
        "seed": "001_955713e2ee09973e.txt",
        "evidence": (
            "Chỉ thị số 03-CT/TU, ngày 26/11/2015 của Ban Thường vụ Tỉnh ủy về tăng cường và nâng cao hiệu "
            "quả công tác dân vận của cơ quan nhà nước các cấp trong tình hình mới"
        ),
    },
    {
        "code": "1213-CV/TU",
        "kind": "cong_van",
        "date": date(2018, 6, 19),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": "về chỉ đạo đẩy mạnh, nâng cao chất lượng công tác dân vận chính quyền",
        "seed": "001_955713e2ee09973e.txt",
        "evidence": (
            "Công văn số 1213-CV/TU, ngày 19/6/2018 của Ban Thường vụ Tỉnh ủy về chỉ đạo đẩy mạnh, nâng "
            "cao chất lượng công tác dân vận chính quyền"
        ),
    },
    {
        "code": "11-QĐi/TW",
        "kind": "quy_dinh",
        "date": None,
        "issuer": "Bộ Chính trị",
        "title": "",
        "seed": "001_955713e2ee09973e.txt",
        "evidence": (
            "người đứng đầu cấp ủy duy trì việc tiếp xúc nhân dân, sâu sát cơ sở, lắng nghe tâm tư, kịp "
            "thời giải quyết nguyện vọng hợp pháp, chính đáng của nhân dân theo Quy định số 11-QĐi/TW của "
            "Bộ Chính trị."
        ),
    },
    # 002: Sở Công Thương Hà Tĩnh.
    {
        # Seeds 001, 002 and 003 all cite it; 002 and 003 both give the date, issuer and title.
        "code": "114-KL/TW",
        "kind": "ket_luan",
        "date": date(2015, 7, 14),
        "issuer": "Ban Bí thư",
        "title": "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận "
            "của cơ quan nhà nước các cấp"
        ),
    },
    {
        "code": "33/CT-TTg",
        "kind": "chi_thi",
        "date": date(2021, 11, 26),
        "issuer": "Thủ tướng Chính phủ",
        "title": (
            "về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, "
            "chính quyền các cấp trong tình hình mới"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc tiếp tục tăng cường và "
            "đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình "
            "mới"
        ),
    },
    {
        "code": "06-CT/TU",
        "kind": "chi_thi",
        "date": date(2016, 1, 14),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": (
            "về tăng cường lãnh đạo và nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Chỉ thị số 06-CT/TU ngày 14/01/2016 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo và nâng "
            "cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
        ),
    },
    {
        "code": "269-QĐ/TU",
        "kind": "quyet_dinh",
        "date": date(2021, 11, 30),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": "về ban hành quy chế công tác dân vận của hệ thống chính trị",
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Quyết định số 269-QĐ/TU, ngày 30/11/2021 của Ban Thường vụ Tỉnh ủy về ban hành quy chế công "
            "tác dân vận của hệ thống chính trị"
        ),
    },
    {
        "code": "03/CT-UBND",
        "kind": "chi_thi",
        "date": date(2022, 1, 24),
        "issuer": "Ủy ban nhân dân tỉnh",
        "title": (
            "về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, "
            "chính quyền các cấp trong tình hình mới"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Chỉ thị số 03/CT-UBND, ngày 24/01/2022 của Ủy ban nhân dân tỉnh về việc tiếp tục tăng cường "
            "và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình "
            "hình mới"
        ),
    },
    {
        "code": "301-CTr/BDVTU-BCSĐUBND",
        "kind": "chuong_trinh",
        "date": date(2022, 5, 25),
        "issuer": "Ban Dân vận Tỉnh ủy và Ban Cán sự Đảng Ủy ban nhân dân tỉnh",
        "title": "về công tác dân vận giai đoạn 2022 -2026",
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Chương trình phối hợp số 301- CTr/BDVTU - BCSĐUBND, ngày 25/5/2022 của Ban Dân vận Tỉnh ủy "
            "và Ban Cán sự Đảng Ủy ban nhân dân tỉnh về công tác dân vận giai đoạn 2022 -2026"
        ),
    },
    {
        "code": "12-NQ/TU",
        "kind": "nghi_quyet",
        "date": date(2022, 5, 26),
        "issuer": "Ban Chấp hành Đảng bộ tỉnh",
        "title": (
            "về đẩy mạnh cải cách hành chính, nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các "
            "cấp giai đoạn 2022 - 2025, định hướng đến năm 2030"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Nghị quyết số 12-NQ/TU, ngày 26/5/2022 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách "
            "hành chính, nâng cao hiệu lực, hiệu quả hoạt động của chính quyền các cấp giai đoạn 2022 - "
            "2025, định hướng đến năm 2030"
        ),
    },
    {
        "code": "01-KL/TW",
        "kind": "ket_luan",
        "date": date(2021, 5, 18),
        "issuer": "Bộ Chính trị",
        "title": (
            "về tiếp tục thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII “Về đẩy "
            "mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
            "05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm theo tư tưởng, "
            "đạo đức, phong cách Hồ Chí Minh”"
        ),
    },
    {
        "code": "05-CT/TW",
        "kind": "chi_thi",
        "date": date(2016, 5, 15),
        "issuer": "Bộ Chính trị",
        "title": "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII “Về đẩy mạnh học tập và làm "
            "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
        ),
    },
    {
        # Kết luận 29-KL/TU and Công văn 1567-CV/TU share one "của Ban Thường vụ Tỉnh ủy về …" clause.
        "code": "29-KL/TU",
        "kind": "ket_luan",
        "date": date(2021, 7, 22),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": (
            "về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ trong cán bộ, "
            "công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Kết luận số 29-KL/TU, ngày 22/7/2021 và Công văn số 1567-CV/TU, ngày 16/02/2023 của Ban "
            "Thường vụ Tỉnh ủy về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công "
            "vụ trong cán bộ, công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang"
        ),
    },
    {
        "code": "1567-CV/TU",
        "kind": "cong_van",
        "date": date(2023, 2, 16),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": (
            "về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công vụ trong cán bộ, "
            "công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang"
        ),
        "seed": "002_ca7e3ff134b49f38.txt",
        "evidence": (
            "Kết luận số 29-KL/TU, ngày 22/7/2021 và Công văn số 1567-CV/TU, ngày 16/02/2023 của Ban "
            "Thường vụ Tỉnh ủy về tiếp tục siết chặt kỷ luật, kỷ cương hành chính, nâng cao đạo đức công "
            "vụ trong cán bộ, công chức, viên chức và cán bộ, chiến sỹ lực lượng vũ trang"
        ),
    },
    # 003: Ban Dân vận Tỉnh ủy Bình Phước, 2021. The seed writes both "Tỉnh ủy" and "Tỉnh uỷ"; the
    # register spells it "Tỉnh ủy" throughout.
    {
        "code": "290-QĐ/TW",
        "kind": "quyet_dinh",
        "date": date(2010, 2, 25),
        "issuer": "Bộ Chính trị",
        # The title is worded as in the seed's later mention, "Quyết định 290-QĐ/TW của Bộ Chính trị
        # (khóa X) về Quy chế công tác dân vận của hệ thống chính trị".
        "title": "về Quy chế công tác dân vận của hệ thống chính trị",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Quy chế công tác Dân vận của hệ thống chính trị ban hành theo Quyết định 290 - QĐ/TW ngày "
            "25/2/2010 của Bộ Chính trị"
        ),
    },
    {
        "code": "1238-QĐ/TU",
        "kind": "quyet_dinh",
        "date": date(2010, 5, 5),
        "issuer": "Ban Thường vụ Tỉnh ủy",
        "title": "",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "ban hành theo Quyết định 290 - QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Quyết định số "
            "1238-QĐ/TU ngày 5/5/2010 của Ban Thường vụ Tỉnh ủy"
        ),
    },
    {
        "code": "01-ĐA/TU",
        "kind": "de_an",
        "date": None,
        "issuer": "Tỉnh ủy",
        "title": (
            "về nâng cao năng lực, đổi mới nội dung và phương thức hoạt động công tác dân vận trên địa bàn "
            "tỉnh Bình Phước giai đoạn 2016 \u2013 2020"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "khi tham mưu Tỉnh ủy ban hành Đề án số 01 \u2013 ĐA/TU “về nâng cao năng lực, đổi mới nội dung và "
            "phương thức hoạt động công tác dân vận trên địa bàn tỉnh Bình Phước giai đoạn 2016 \u2013 2020”"
        ),
    },
    {
        "code": "1217-ĐA/TU",
        "kind": "de_an",
        "date": None,
        "issuer": "Tỉnh ủy",
        # The seed drops letters from most words of this title; the title restores them ("năng lc hot
        # đng" → "năng lực hoạt động"), the evidence keeps them as they are.
        "title": (
            "Nâng cao năng lực hoạt động và khả năng tập hợp quần chúng của Mặt trận Tổ quốc và các đoàn "
            "thể xã, phường, thị trấn trên địa bàn tỉnh trong tình hình mới"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "khi tham mưu Tỉnh ủy ban hành Đề án số 01 \u2013 ĐA/TU “về nâng cao năng lực, đổi mới nội dung và "
            "phương thức hoạt động công tác dân vận trên địa bàn tỉnh Bình Phước giai đoạn 2016 \u2013 2020”, "
            "Đề án số 1217- ĐA/TU Nâng cao năng lc hot đng và kh năng tp hp qun chúng ca Mặt trn Tổ quc "
            "và các đoàn th xã, phưng, th trn trên đa bàn tnh trong tình hình mi”"
        ),
    },
    # The plans 217-KH/TU to 245-KH/TU are one list, led by "Riêng trong năm 2020 đã tham mưu Tỉnh uỷ
    # ban hành …": their issuer is read from that lead.
    {
        "code": "217-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 2, 6),
        "issuer": "Tỉnh ủy",
        # The seed breaks off at "hòa giải ở cơ"; the title restores the last word, "sở".
        "title": "về tổ chức Hội nghị trực tuyến công tác dân vận trong hoạt động hòa giải ở cơ sở",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Riêng trong năm 2020 đã tham mưu Tỉnh uỷ ban hành Kế hoạch số 217-KH/TU ngày 06/02/2020 về tổ "
            "chức Hội nghị trực tuyến công tác dân vận trong hoạt động hòa giải ở cơ;"
        ),
    },
    {
        "code": "220-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 3, 2),
        "issuer": "Tỉnh ủy",
        # The seed misspells the association's name "Hội Nam nhân"; the title corrects it to "Nạn nhân".
        "title": ("về tiếp và làm việc với Đoàn kiểm tra của Hội Nạn nhân chất độc da cam/Dioxin Việt Nam"),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch số 220-KH/TU ngày 02/3/2020 về tiếp và làm việc với Đoàn kiểm tra của Hội Nam nhân "
            "chất độc da cam/Dioxin Việt Nam"
        ),
    },
    {
        "code": "221-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 3, 3),
        "issuer": "Tỉnh ủy",
        "title": (
            "về tổ chức hội nghị trực tuyến quán triệt, triển khai các văn bản mới của Bộ Chính trị, Ban "
            "Bí thư về công tác dân vận"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch số 221-KH/TU ngày 03/3/2020 về tổ chức hội nghị trực tuyến quán triệt, triển khai "
            "các văn bản mới của Bộ Chính trị, Ban Bí thư về công tác dân vận"
        ),
    },
    {
        "code": "222-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 3, 3),
        "issuer": "Tỉnh ủy",
        "title": (
            "về thực hiện Kết luận số 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
            "24-NQ/TW về công tác dân tộc"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch số 222-KH/TU ngày 03/3/2020 về thực hiện Kết luận số 65-KL/TW của Bộ Chính trị về "
            "tiếp tục thực hiện Nghị quyết số 24-NQ/TW về công tác dân tộc"
        ),
    },
    {
        "code": "65-KL/TW",
        "kind": "ket_luan",
        "date": None,
        "issuer": "Bộ Chính trị",
        "title": "về tiếp tục thực hiện Nghị quyết số 24-NQ/TW về công tác dân tộc",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kết luận số 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW về công "
            "tác dân tộc"
        ),
    },
    {
        "code": "24-NQ/TW",
        "kind": "nghi_quyet",
        "date": None,
        # The seed names no issuer, so the register gives none (an earlier demo wrote "Trung ương").
        "issuer": "",
        "title": "về công tác dân tộc",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kết luận số 65-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW về công "
            "tác dân tộc"
        ),
    },
    {
        "code": "223-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 3, 3),
        "issuer": "Tỉnh ủy",
        "title": (
            "về tổng kết 10 năm thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị (khóa X) về Quy chế công "
            "tác dân vận của hệ thống chính trị"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch số 223-KH/TU ngày 03/3/2020 về tổng kết 10 năm thực hiện Quyết định 290-QĐ/TW của "
            "Bộ Chính trị (khóa X) về Quy chế công tác dân vận của hệ thống chính trị"
        ),
    },
    {
        "code": "239-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 6, 23),
        "issuer": "Tỉnh ủy",
        # The seed writes "Ban bí thư"; the title capitalises the body's name, "Ban Bí thư".
        "title": (
            "sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư Trung ương Đảng "
            "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 239-KH/TU ngày 23/6/2020 sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày "
            "14/7/2015 của Ban bí thư Trung ương Đảng về nâng cao hiệu quả công tác dân vận của cơ quan "
            "nhà nước các cấp"
        ),
    },
    {
        "code": "240-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 6, 26),
        "issuer": "Tỉnh ủy",
        "title": (
            "tổng kết 5 năm thực hiện Chỉ thị số 47-CT/TU về tăng cường công tác dân vận xây dựng vùng "
            "biên giới hòa bình, ổn định và phát triển trong tình hình mới"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 240-KH/TU ngày 26/6/2020 tổng kết 5 năm thực hiện Chỉ thị số 47-CT/TU về tăng "
            "cường công tác dân vận xây dựng vùng biên giới hòa bình, ổn định và phát triển trong tình "
            "hình mới"
        ),
    },
    {
        "code": "47-CT/TU",
        "kind": "chi_thi",
        "date": None,
        # The seed names no issuer, so the register gives none (an earlier demo wrote "Tỉnh ủy Bình Phước").
        "issuer": "",
        "title": (
            "về tăng cường công tác dân vận xây dựng vùng biên giới hòa bình, ổn định và phát triển "
            "trong tình hình mới"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "tổng kết 5 năm thực hiện Chỉ thị số 47-CT/TU về tăng cường công tác dân vận xây dựng vùng "
            "biên giới hòa bình, ổn định và phát triển trong tình hình mới"
        ),
    },
    {
        "code": "243-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 6, 29),
        "issuer": "Tỉnh ủy",
        "title": (
            "tổng kết Đề án 01-ĐA/TU về nâng cao năng lực đổi mới nội dung và phương thức hoạt động công "
            "tác dân vận giai đoạn 2016-2020"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 243-KH/TU ngày 29/6/2020 tổng kết Đề án 01-ĐA/TU về nâng cao năng lực đổi mới nội "
            "dung và phương thức hoạt động công tác dân vận giai đoạn 2016-2020"
        ),
    },
    {
        "code": "244-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 6, 29),
        "issuer": "Tỉnh ủy",
        "title": (
            "tổng kết 5 năm thực hiện Kế hoạch 26-KH/TU của Tỉnh ủy về tiếp tục đẩy mạnh triển khai thực "
            "hiện phong trào dân vận khéo giai đoạn 2016-2020"
        ),
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 244-KH/TU ngày 29/6/2020 tổng kết 5 năm thực hiện Kế hoạch 26-KH/TU của Tỉnh ủy về "
            "tiếp tục đẩy mạnh triển khai thực hiện phong trào dân vận khéo giai đoạn 2016-2020"
        ),
    },
    {
        "code": "26-KH/TU",
        "kind": "ke_hoach",
        "date": None,
        "issuer": "Tỉnh ủy",
        "title": "về tiếp tục đẩy mạnh triển khai thực hiện phong trào dân vận khéo giai đoạn 2016-2020",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 26-KH/TU của Tỉnh ủy về tiếp tục đẩy mạnh triển khai thực hiện phong trào dân vận "
            "khéo giai đoạn 2016-2020"
        ),
    },
    {
        "code": "245-KH/TU",
        "kind": "ke_hoach",
        "date": date(2020, 8, 12),
        "issuer": "Tỉnh ủy",
        "title": "tiếp và làm việc với Đoàn khảo sát của Ban Dân vận Trung ương",
        "seed": "003_980f1e68decd2327.txt",
        "evidence": (
            "Kế hoạch 245-KH/TU ngày 12/8/2020 tiếp và làm việc với Đoàn khảo sát của Ban Dân vận Trung ương"
        ),
    },
    # 004: Đảng ủy Khối các cơ quan Trung ương, 2016.
    {
        # 217-QĐ/TW and 218-QĐ/TW share one "ngày 12/12/2013 của Bộ Chính trị" clause, and its two
        # objects, the Quy chế and the Quy định, in that order.
        "code": "217-QĐ/TW",
        "kind": "quyet_dinh",
        "date": date(2013, 12, 12),
        "issuer": "Bộ Chính trị",
        "title": (
            "về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể "
            "chính trị -xã hội"
        ),
        "seed": "004_5ad619909ef2466e.txt",
        "evidence": (
            "Triển khai Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về "
            "việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính "
            "trị -xã hội; Quy định việc Mặt trận Tổ quốc và các đoàn thể chính trị -xã hội và nhân dân "
            "tham gia góp ý xây dựng Đảng, xây dựng chính quyền."
        ),
    },
    {
        "code": "218-QĐ/TW",
        "kind": "quyet_dinh",
        "date": date(2013, 12, 12),
        "issuer": "Bộ Chính trị",
        "title": (
            "Quy định việc Mặt trận Tổ quốc và các đoàn thể chính trị -xã hội và nhân dân tham gia góp ý "
            "xây dựng Đảng, xây dựng chính quyền"
        ),
        "seed": "004_5ad619909ef2466e.txt",
        "evidence": (
            "Triển khai Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về "
            "việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính "
            "trị -xã hội; Quy định việc Mặt trận Tổ quốc và các đoàn thể chính trị -xã hội và nhân dân "
            "tham gia góp ý xây dựng Đảng, xây dựng chính quyền."
        ),
    },
    {
        "code": "13-NQ/TW",
        "kind": "nghi_quyet",
        "date": None,
        "issuer": "Ban Chấp hành Trung ương Đảng",
        "title": (
            "về “Xây dựng kết cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo "
            "hướng hiện đại vào năm 2020”"
        ),
        "seed": "004_5ad619909ef2466e.txt",
        "evidence": (
            "Thực hiện Nghị quyết 13-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về “Xây dựng kết "
            "cấu hạ tầng đồng bộ nhằm đưa nước ta cơ bản trở thành nước công nghiệp theo hướng hiện đại "
            "vào năm 2020”"
        ),
    },
]

# The issuing bodies that earlier demos gave to entries this register corrects, {(code, issuer): [earlier
# issuers]}: a database loaded by them has its entries corrected in place, so that lessons keep citing them.
EARLIER_ISSUERS = {
    ("24-NQ/TW", ""): ["Trung ương"],
    ("47-CT/TU", ""): ["Tỉnh ủy Bình Phước"],
    ("43-KL/TW", "Ban Bí thư"): ["Ban Bí thư Trung ương Đảng"],
}
