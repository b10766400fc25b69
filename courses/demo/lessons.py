"""Demo course "“Dân vận khéo” trong cơ quan nhà nước", written as plain Python data.

Five lessons, one per source article in ``shared/seeds/``. The text is the project's own
paraphrase of the articles; quotations are copied character for character from the seed named by
each lesson and attributed as the seed attributes them. Every paragraph, key-points and quotation
block that states a testable fact carries an ``id`` so that a quiz question can link to it.
"""

COURSE = {
    "title": "“Dân vận khéo” trong cơ quan nhà nước",
    "slug": "dan-van-kheo-trong-co-quan-nha-nuoc",
    "summary": (
        "Khóa học giúp người làm việc trong cơ quan nhà nước hiểu vì sao công tác dân vận là nhiệm vụ "
        "của cả hệ thống chính trị, người đứng đầu phải làm gì và một cơ quan cụ thể đã triển khai "
        "dân vận ra sao. Năm bài học được xây dựng từ năm bài viết thực tiễn, viết từ năm 2016 đến năm "
        "2023, của Sở Y tế tỉnh Kon Tum, Đảng ủy Khối các cơ quan Trung ương, một tỉnh ủy, Sở Công Thương "
        "Hà Tĩnh và Ban Dân vận Tỉnh ủy Bình Phước, kèm các văn bản của Đảng và Nhà nước mà các bài viết "
        "dựa vào. Tên cơ quan, địa danh trong bài học là tên tại thời điểm bài viết; mỗi bài học ghi rõ "
        "nguồn, thời điểm và tên ngày nay của cơ quan đã hợp nhất."
    ),
    "objectives": [
        "Giải thích được ý nghĩa chiến lược của công tác dân vận và lời dạy của Chủ tịch Hồ Chí Minh "
        "về “dân vận khéo”.",
        "Trình bày được vai trò, trách nhiệm của người đứng đầu cơ quan, đơn vị trong công tác dân vận.",
        "Nhận biết các văn bản chủ yếu về công tác dân vận của cơ quan nhà nước như Chỉ thị 16/CT-TTg, "
        "Chỉ thị 33/CT-TTg, Kết luận 114-KL/TW và Quyết định 290-QĐ/TW.",
        "Mô tả các việc làm cụ thể của một cơ quan: tuyên truyền, phong trào thi đua “Dân vận khéo”, "
        "thực hiện dân chủ ở cơ sở, cải cách hành chính, tiếp dân và đối thoại.",
        "Vận dụng các phương thức “dân vận khéo” vào công việc chuyên môn và công tác tham mưu của mình.",
    ],
    "audience": (
        "Cán bộ, công chức, viên chức, người lao động và đoàn viên trong cơ quan hành chính nhà nước, "
        "chính quyền các cấp; người đứng đầu cơ quan, đơn vị; cán bộ làm công tác dân vận, Mặt trận và "
        "đoàn thể."
    ),
    "duration_minutes": 120,
}


def source_note(built_from, note):
    """A lesson's first passage: what it is built from and when, as the article gives its agency and
    date, and a *Ghi chú* that the bodies and places are named as they were then."""
    return {
        "type": "paragraph",
        "id": "nguon-va-thoi-diem",
        "value": f"<p><b>Bài học được xây dựng từ</b> {built_from}</p><p><i>Ghi chú:</i> {note}</p>",
    }


SEED_000 = (
    "Dẫn theo bài “Vấn đề phát huy vai trò của người đứng đầu cơ quan, đơn vị trong thực hiện công tác "
    "dân vận”, Sở Y tế tỉnh Kon Tum (18-2-2019)"
)

LESSON_NGUOI_DUNG_DAU = {
    "slug": "vai-tro-nguoi-dung-dau-trong-cong-tac-dan-van",
    "title": "Người đứng đầu và công tác dân vận: bảy việc mấu chốt",
    "seed": "000_22a0531c59e90a24.txt",
    "intro": (
        "Lời dạy của Chủ tịch Hồ Chí Minh và Chỉ thị 16/CT-TTg cho thấy dân vận là nhiệm vụ của cả hệ "
        "thống chính trị, trong đó vai trò của người đứng đầu cơ quan, đơn vị đặc biệt quan trọng. Bài "
        "học tổng hợp bảy việc mấu chốt mà Sở Y tế tỉnh Kon Tum rút ra từ thực tiễn của mình."
    ),
    "objectives": [
        "Nêu được những yêu cầu chính của Chỉ thị 16/CT-TTg ngày 16/5/2016 đối với cơ quan hành chính "
        "nhà nước, chính quyền các cấp.",
        "Trích dẫn đúng lời dạy của Chủ tịch Hồ Chí Minh về dân vận và về việc nêu gương.",
        "Trình bày được bảy việc mấu chốt, từ “Một là” đến “Bảy là”, mà người đứng đầu cần làm.",
        "Giải thích được vì sao việc lượng hóa tiêu chí (Quyết định 454/QĐ-UBND của tỉnh Kon Tum) giúp "
        "công tác dân vận dễ thực hiện hơn.",
    ],
    "body": [
        source_note(
            "bài “Vấn đề phát huy vai trò của người đứng đầu cơ quan, đơn vị trong thực hiện công tác dân "
            "vận” của TS.BS Lê Trí Khải và BSCKI Nguyễn Minh Thành, Sở Y tế tỉnh Kon Tum, đăng ngày "
            "18-2-2019.",
            "tên cơ quan, địa danh trong bài học là tên năm 2019. Từ năm 2025, tỉnh Kon Tum đã hợp nhất vào "
            "tỉnh Quảng Ngãi: Sở Y tế, UBND tỉnh và Ban Thường vụ Tỉnh ủy Kon Tum mà bài nhắc đến nay là các "
            "cơ quan tương ứng của tỉnh Quảng Ngãi, và Quyết định số 454/QĐ-UBND là văn bản của tỉnh Kon Tum "
            "khi ấy.",
        ),
        {"type": "heading", "value": "Dân vận: nhiệm vụ chiến lược của cả hệ thống chính trị"},
        {
            "type": "paragraph",
            "id": "chi-thi-16",
            "value": (
                "<p>Ngày <b>16/5/2016</b>, Thủ tướng Chính phủ ban hành <b>Chỉ thị số 16/CT-TTg</b>, xác "
                "định dân vận là nhiệm vụ của cả hệ thống chính trị. Chỉ thị yêu cầu cơ quan hành chính nhà "
                "nước, chính quyền các cấp:</p><ul><li>thường xuyên quán triệt chủ trương của Đảng, chính "
                "sách, pháp luật của Nhà nước về dân vận;</li><li>chủ động xây dựng chương trình, kế hoạch "
                "dân vận <b>gắn với nhiệm vụ chuyên môn</b>;</li><li><b>đề cao vai trò, trách nhiệm của "
                "người đứng đầu</b>.</li></ul><p>Làm tốt dân vận giúp cơ quan nâng cao chất lượng phục vụ "
                "Nhân dân và hoàn thành nhiệm vụ chính trị.</p>"
            ),
        },
        {
            "type": "quotation",
            "id": "dan-van-kem-dan-van-kheo",
            "value": {
                "text": "Dân vận kém thì việc gì cũng kém, dân vận khéo thì việc gì cũng thành công",
                "speaker": "Hồ Chí Minh",
                "source": SEED_000,
                "date": "",
            },
        },
        {
            "type": "paragraph",
            "id": "y-nghia-chien-luoc",
            "value": (
                "<p>Đảng luôn coi dân vận là nhiệm vụ có <b>ý nghĩa chiến lược</b>, là điều kiện bảo đảm sự "
                "lãnh đạo của Đảng và củng cố <b>mối quan hệ máu thịt</b> giữa Đảng, Nhà nước với Nhân dân. "
                "Trách nhiệm dân vận thuộc về cả hệ thống chính trị: cán bộ, đảng viên, công chức, viên "
                "chức, đoàn viên, hội viên, cán bộ, chiến sĩ lực lượng vũ trang. Ở nhiệm vụ nào vai trò "
                "người đứng đầu cũng lớn, nhưng với dân vận thì <b>càng đặc biệt quan trọng hơn</b>.</p>"
            ),
        },
        {"type": "heading", "value": "Bảy việc mấu chốt của người đứng đầu"},
        {
            "type": "paragraph",
            "id": "nguon-bay-viec",
            "value": (
                "<p>Bảy việc dưới đây, từ “Một là” đến “Bảy là”, do TS.BS Lê Trí Khải (Phó Giám đốc Sở Y tế) "
                "và BSCKI Nguyễn Minh Thành (Trưởng phòng Tổ chức cán bộ), Sở Y tế tỉnh Kon Tum, đúc kết từ "
                "thực tiễn. Bài viết viết tắt công chức, viên chức và người lao động là "
                "<b>CCVC&amp;NLĐ</b>.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "mot-la",
            "value": (
                "<p><b>Một là, coi dân vận là nhiệm vụ quan trọng, thường xuyên</b>, đặt <b>ngang hàng với "
                "nhiệm vụ xây dựng Đảng về chính trị, tư tưởng và tổ chức</b>, dành thời gian thỏa đáng để "
                "lãnh đạo, chỉ đạo. Để mất lòng dân thì dân sẽ xa Đảng, xa chính quyền, tạo cơ hội cho thế "
                "lực thù địch kích động; ngược lại, tổ chức Đảng, chính quyền không vững mạnh thì năng lực "
                "lãnh đạo, trong đó có dân vận, sẽ giảm. Vì vậy phải xây dựng <b>chi bộ, đảng bộ cơ sở</b> "
                "thật sự vững mạnh — nơi gần gũi CCVC&amp;NLĐ, tiếp xúc trực tiếp với người dân, nắm bắt tâm "
                "tư, nguyện vọng hằng ngày.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "hai-la",
            "value": (
                "<p><b>Hai là, làm tấm gương sáng</b> cho cấp dưới noi theo, nhất là trong dân vận. Bài viết "
                "dẫn ba lời dạy của Chủ tịch Hồ Chí Minh về nêu gương (dưới đây) và yêu cầu người đứng đầu "
                "“nói đi đôi với làm”, luôn “óc nghĩ, mắt nhìn, tai nghe, miệng nói, tay làm, chân chạy”, "
                "bao quát mọi nhiệm vụ của đơn vị.</p>"
            ),
        },
        {
            "type": "quotation",
            "id": "tam-guong-song",
            "value": {
                "text": "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền",
                "speaker": "Hồ Chí Minh",
                "source": SEED_000,
                "date": "",
            },
        },
        {
            "type": "quotation",
            "id": "lam-muc-thuoc",
            "value": {
                "text": "Muốn hướng dẫn nhân dân, mình phải làm mực thước cho người ta bắt chước",
                "speaker": "Hồ Chí Minh",
                "source": SEED_000,
                "date": "",
            },
        },
        {
            "type": "quotation",
            "id": "dan-tin-dan-phuc-dan-yeu",
            "value": {
                "text": (
                    "Muốn cho quần chúng nghe lời mình, làm theo mình thì người đảng viên từ việc làm, "
                    "lời nói cho đến cách ăn ở phải thế nào cho dân tin, dân phục, dân yêu"
                ),
                "speaker": "Hồ Chí Minh",
                "source": SEED_000,
                "date": "",
            },
        },
        {
            "type": "paragraph",
            "id": "ba-la",
            "value": (
                "<p><b>Ba là, phân công và đánh giá bằng tiêu chí.</b> Người đứng đầu ra quyết định phân "
                "công tổ chức, cá nhân thực hiện <b>từng tiêu chí</b> dân vận, ban hành quy định tiêu chí "
                "đánh giá các đơn vị trực thuộc và thường xuyên rà soát, kiểm tra. Ở Kon Tum, từ khi UBND "
                "tỉnh ban hành quy định tiêu chí đánh giá công tác dân vận của các cơ quan, đơn vị, tổ chức, "
                "doanh nghiệp Nhà nước tại <b>Quyết định số 454/QĐ-UBND ngày 04/5/2018</b>, dân vận được xác "
                "định rõ ràng và <b>lượng hóa</b>, nên rất thuận lợi khi thực hiện.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "bon-la",
            "value": (
                "<p><b>Bốn là, gắn dân vận với Quy chế dân chủ ở cơ sở và cải cách hành chính.</b> Ba lĩnh "
                "vực này có quan hệ tương hỗ hữu cơ; làm tốt dân chủ ở cơ sở và cải cách hành chính là tiền "
                "đề để làm tốt dân vận. Người đứng đầu tăng cường kiểm tra, giám sát cả ba, khắc phục tình "
                "trạng <b>sợ trách nhiệm, thờ ơ với dân</b>.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "nam-la",
            "value": (
                "<p><b>Năm là, tạo điều kiện giám sát, phản biện, góp ý</b> cho các đoàn thể chính trị - xã "
                "hội, hội, chi hội nghề nghiệp và CCVC&amp;NLĐ, qua hai việc:</p><ul><li><b>Góp ý dự thảo "
                "văn bản</b> liên quan đến quyền lợi của CCVC&amp;NLĐ và sự phát triển của ngành, cơ quan "
                "(kể cả dự thảo báo cáo chính trị trước đại hội): lấy ý kiến <b>bằng văn bản</b>, tiếp thu ý "
                "kiến xác đáng, giải trình ý kiến không tiếp thu và <b>thông báo lại bằng văn bản</b> trước "
                "khi ban hành.</li><li><b>Hội nghị, hội thảo</b>: mời người liên quan góp ý, nêu rõ ý kiến "
                "nào được tiếp thu, ý kiến nào không và lý do; sau đó gửi thông báo kết luận đến người được "
                "mời.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "sau-la",
            "value": (
                "<p><b>Sáu là, tiếp xúc, đối thoại, lắng nghe</b>, thực hiện quy chế tiếp xúc, đối thoại "
                "trực tiếp của Ban Thường vụ Tỉnh ủy Kon Tum (ở cơ quan, “nhân dân” chính là "
                "CCVC&amp;NLĐ):</p><ul><li>thu thập ý kiến phản ánh qua nhiều kênh, lưu ý <b>báo chí và mạng "
                "xã hội</b>, giải quyết thấu đáo;</li><li>thực hiện nghiêm Quy chế tiếp công "
                "dân;</li><li>giao ban <b>hằng tháng</b> với các đơn vị thuộc và trực "
                "thuộc;</li><li><b>tháng 12 hằng năm</b>, bí thư cấp ủy, người đứng đầu và chủ tịch công "
                "đoàn cơ sở <b>đồng chủ trì Hội nghị cán bộ, CCVC&amp;NLĐ</b>.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "bay-la",
            "value": (
                "<p><b>Bảy là, khen thưởng kịp thời, xử lý nghiêm minh</b>: biểu dương tập thể, cá nhân làm "
                "tốt dân vận; xử lý nghiêm người chây ì, vi phạm quy định, làm ảnh hưởng uy tín của cơ quan "
                "đối với Nhân dân.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "bay-viec-tom-tat",
            "value": {
                "title": "Bảy việc mấu chốt của người đứng đầu",
                "points": [
                    "Một là: coi dân vận là nhiệm vụ quan trọng, thường xuyên, ngang hàng với xây dựng "
                    "Đảng về chính trị, tư tưởng và tổ chức.",
                    "Hai là: làm tấm gương sáng, “nói đi đôi với làm”.",
                    "Ba là: phân công theo từng tiêu chí, ban hành tiêu chí đánh giá.",
                    "Bốn là: gắn dân vận với Quy chế dân chủ ở cơ sở và cải cách hành chính.",
                    "Năm là: lấy ý kiến bằng văn bản, qua hội nghị, hội thảo và phản hồi.",
                    "Sáu là: tiếp xúc, đối thoại; giao ban hằng tháng; Hội nghị cán bộ, CCVC&NLĐ vào "
                    "tháng 12.",
                    "Bảy là: khen thưởng kịp thời, xử lý nghiêm người chây ì, vi phạm.",
                ],
            },
        },
        {"type": "heading", "value": "Mục tiêu mà công tác dân vận hướng tới"},
        {
            "type": "paragraph",
            "id": "muc-tieu-dan-van",
            "value": (
                "<p>Người đứng đầu quyết tâm, quyết liệt thì dân vận nhất định thành công. Bài viết kết "
                "luận rằng như thế là góp phần thực hiện mục tiêu công tác dân vận của Đảng, và dẫn nguyên "
                "văn mục tiêu ấy (đoạn trích dưới đây): nói gọn lại, đó là giữ vững lòng tin của Nhân dân, "
                "đoàn kết toàn dân tộc, vận động Nhân dân thực hiện chủ trương, chính sách và phát huy sức "
                "mạnh của Nhân dân để xây dựng, bảo vệ đất nước.</p>"
            ),
        },
        {
            "type": "quotation",
            "id": "muc-tieu-dan-van-nguyen-van",
            "value": {
                "text": (
                    "Củng cố vững chắc lòng tin của nhân dân đối với Đảng; tăng cường khối đại đoàn kết toàn "
                    "dân tộc và mối quan hệ máu thịt giữa Đảng với nhân dân; tập hợp, vận động nhân dân "
                    "thực hiện tốt các chủ trương của Đảng và chính sách, pháp luật của Nhà nước; phát huy "
                    "sức mạnh to lớn của nhân dân, tạo phong trào cách mạng rộng lớn xây dựng và bảo vệ Tổ "
                    "quốc, thực hiện thành công sự nghiệp công nghiệp hóa, hiện đại hóa"
                ),
                "speaker": "Mục tiêu công tác dân vận của Đảng",
                "source": SEED_000,
                "date": "",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "16/CT-TTg",
                "issuer": "Thủ tướng Chính phủ",
                "note": (
                    "Chỉ thị ngày 16/5/2016 xác định dân vận là nhiệm vụ của cả hệ thống chính trị và đề "
                    "cao trách nhiệm của người đứng đầu cơ quan hành chính nhà nước."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "454/QĐ-UBND",
                "issuer": "UBND tỉnh",
                "note": (
                    "Quyết định ngày 04/5/2018 ban hành tiêu chí đánh giá công tác dân vận, cơ sở cho "
                    "việc phân công và lượng hóa nêu ở “Ba là”."
                ),
            },
        },
        {
            "type": "summary",
            "value": (
                "<p>Dân vận là nhiệm vụ chiến lược của cả hệ thống chính trị; Chỉ thị 16/CT-TTg yêu cầu gắn "
                "dân vận với chuyên môn và đề cao người đứng đầu. Người đứng đầu làm tốt bảy việc: coi dân "
                "vận là nhiệm vụ thường xuyên, nêu gương, phân công theo tiêu chí, gắn với dân chủ ở cơ sở "
                "và cải cách hành chính, mở rộng góp ý, đối thoại, khen thưởng và xử lý nghiêm minh.</p>"
            ),
        },
    ],
}

SEED_004_TITLE = (
    "bài “Khảo sát xây dựng Nghị quyết của Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương…” tại "
    "Đảng bộ Bộ Giao thông vận tải"
)

LESSON_DANG_BO_KHOI = {
    "slug": "dan-van-cua-dang-bo-co-quan-nha-nuoc-o-trung-uong",
    "title": "Dân vận trong đảng bộ cơ quan nhà nước ở Trung ương: sáu nội dung và kinh nghiệm Bộ Giao "
    "thông vận tải",
    "seed": "004_5ad619909ef2466e.txt",
    "intro": (
        "Năm 2016, Đảng ủy Khối các cơ quan Trung ương khảo sát để xây dựng nghị quyết về nâng cao hiệu "
        "quả công tác dân vận của đảng bộ các cơ quan nhà nước. Bài học giới thiệu sáu nội dung được "
        "định hướng thảo luận và những kết quả cụ thể của Đảng bộ Bộ Giao thông vận tải."
    ),
    "objectives": [
        "Nêu được bối cảnh, thời gian và mục đích của cuộc khảo sát tại Đảng bộ Bộ Giao thông vận tải.",
        "Liệt kê được sáu nội dung thảo luận về công tác dân vận trong các cơ quan nhà nước ở Trung ương.",
        "Dẫn được các số liệu cải cách hành chính của Bộ Giao thông vận tải: 77 thủ tục cắt giảm, 228 "
        "thủ tục đơn giản hóa, 560 dịch vụ công trực tuyến.",
        "Trình bày được các kiến nghị của Đảng ủy Bộ để đổi mới công tác dân vận ở cơ quan Trung ương.",
    ],
    "body": [
        source_note(
            "bài “Khảo sát xây dựng Nghị quyết của Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương về "
            "‘Nâng cao hiệu quả công tác dân vận của đảng bộ các cơ quan nhà nước’ tại Đảng bộ Bộ Giao thông "
            "vận tải” của Phạm Anh Thiện, Đảng ủy Khối các cơ quan Trung ương, ngày 19/09/2016.",
            "tên cơ quan trong bài học là tên năm 2016. Năm 2025, Bộ Giao thông vận tải hợp nhất với Bộ Xây "
            "dựng thành <b>Bộ Xây dựng</b>; Đảng ủy Khối các cơ quan Trung ương kết thúc hoạt động, tổ chức "
            "đảng của các bộ nay thuộc <b>Đảng bộ Chính phủ</b>. Nghị quyết mà cuộc khảo sát chuẩn bị là "
            "nghị quyết của Đảng bộ Khối khi ấy.",
        ),
        {"type": "heading", "value": "Cuộc khảo sát ngày 19/9/2016"},
        {
            "type": "paragraph",
            "id": "cuoc-khao-sat",
            "value": (
                "<p>Ngày <b>19/9/2016</b>, tại Hà Nội, Tổ Biên tập xây dựng Nghị quyết của Đảng ủy Khối "
                "khảo sát tại <b>Đảng bộ Bộ Giao thông vận tải</b>. Buổi làm việc do đồng chí <b>Bùi "
                "Minh Quang</b> (Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Đảng ủy Khối, Tổ trưởng Tổ "
                "Biên tập) và đồng chí <b>Nguyễn Ngọc Đông</b> (Bí thư Đảng ủy, Thứ trưởng Bộ Giao thông "
                "vận tải) chủ trì.</p>"
            ),
        },
        {
            "type": "quotation",
            "id": "ten-nghi-quyet",
            "value": {
                "text": "Nâng cao hiệu quả công tác dân vận của đảng bộ các cơ quan nhà nước",
                "speaker": "Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương",
                "source": "Chủ đề Nghị quyết đang được xây dựng, nêu trong " + SEED_004_TITLE,
                "date": "",
            },
        },
        {
            "type": "paragraph",
            "id": "khau-dot-pha",
            "value": (
                "<p>Nâng cao hiệu quả dân vận của đảng bộ các cơ quan nhà nước là chủ trương lớn của Ban "
                "Chấp hành Đảng bộ Khối khóa XII, <b>một trong 4 khâu đột phá</b> do Nghị quyết Đại hội đại "
                "biểu Đảng bộ Khối khóa XII, nhiệm kỳ 2015-2020 đề ra. Nghị quyết này góp phần xây dựng "
                "<b>Nhà nước kiến tạo, phát triển</b>, nâng cao hiệu lực, hiệu quả quản lý nhà nước và chất "
                "lượng phục vụ Nhân dân. Theo đồng chí Bùi Minh Quang, Đảng bộ Bộ Giao thông vận tải có vị "
                "trí quan trọng, là một trong những đơn vị cụ thể hóa <b>một trong 3 đột phá chiến lược</b> "
                "mà Nghị quyết Đại hội XI và XII của Đảng đề ra.</p>"
            ),
        },
        {"type": "heading", "value": "Sáu nội dung định hướng thảo luận"},
        {
            "type": "paragraph",
            "id": "sau-noi-dung",
            "value": (
                "<p>Đồng chí Bùi Minh Quang định hướng <b>6 nội dung thảo luận</b>:</p>"
                "<ol><li>Nâng cao nhận thức của cấp ủy, lãnh đạo cơ quan, ban chấp hành các đoàn thể và "
                "của từng cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên, người lao động "
                "về tầm quan trọng của dân vận; xác định vai trò, trách nhiệm của mỗi người.</li>"
                "<li>Nâng cao năng lực quản lý xã hội, phục vụ Nhân dân của bộ máy nhà nước; vận động "
                "mọi người nêu cao <b>đạo đức công vụ</b>, sửa đổi lối làm việc, làm nhiệm vụ với tinh "
                "thần phục vụ, tự giác, tự nguyện.</li>"
                "<li>Thực hiện đầy đủ các nội dung <b>dân chủ</b> trong hoạt động của cơ quan, đơn "
                "vị.</li>"
                "<li>Phối hợp với Ban Cán sự đảng và lãnh đạo cơ quan để lãnh đạo các đoàn thể hoàn "
                "thành nhiệm vụ, xây dựng cơ quan đoàn kết, vững mạnh.</li>"
                "<li>Xác định và tổ chức thực hiện <b>mô hình dân vận</b>.</li>"
                "<li>Tăng cường <b>kiểm tra, giám sát</b> việc thực hiện dân chủ và nhiệm vụ dân "
                "vận.</li></ol>"
            ),
        },
        {"type": "heading", "value": "Kinh nghiệm của Đảng bộ Bộ Giao thông vận tải"},
        {
            "type": "paragraph",
            "id": "lanh-dao-chi-dao",
            "value": (
                "<p>Giai đoạn <b>2010-2015</b>, Đảng ủy Bộ quán triệt các văn bản của Đảng về dân vận; phối "
                "hợp với Ban Cán sự đảng Bộ xây dựng Chương trình hành động thực hiện <b>Nghị quyết số "
                "25-NQ/TW</b> về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong "
                "tình hình mới”; "
                "triển khai <b>Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013</b> của Bộ Chính trị về "
                "giám sát, phản biện xã hội và về việc Mặt trận, đoàn thể, Nhân dân góp ý xây dựng Đảng, "
                "chính quyền. Các chi bộ sinh hoạt chuyên đề về dân vận; nội dung dân vận được đưa vào "
                "chương trình kiểm tra, giám sát nhiệm kỳ và hằng năm.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "phan-cong-phu-trach",
            "value": (
                "<p>Về phân công, theo đánh giá của Đảng ủy Bộ, giai đoạn 2010-2015 <b>Đảng ủy Bộ</b> phân "
                "công <b>01 đồng chí thứ trưởng</b> phụ trách công tác dân vận, đoàn thể; nhiệm kỳ "
                "<b>2015-2020</b>, Đảng ủy Bộ phân công <b>01 đồng chí Ủy viên Ban Cán sự đảng, Ủy viên Ban "
                "Thường vụ Đảng ủy Bộ</b> phụ trách việc này.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "cai-cach-hanh-chinh",
            "value": (
                "<p>Cải cách hành chính được chỉ đạo quyết liệt để siết kỷ cương và tạo thuận lợi cho tổ "
                "chức, doanh nghiệp, người dân. Từ năm <b>2010</b>, Bộ đã <b>cắt giảm 77 thủ tục (đạt "
                "14,8%)</b> và <b>đơn giản hóa 228 thủ tục (đạt 42,8%)</b>; đến thời điểm khảo sát đã công "
                "bố danh mục <b>560 dịch vụ công trực tuyến</b>. Theo công bố của <b>Bộ Nội vụ</b>, Bộ được "
                "xếp trong nhóm tốt nhất của bảng xếp hạng Chỉ số cải cách hành chính cấp bộ, cơ quan ngang "
                "bộ: đứng <b>thứ tư năm 2012</b> và <b>thứ nhất các năm 2013, 2014, 2015</b>.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "so-lieu-cai-cach",
            "value": {
                "title": "Cải cách hành chính ở Bộ Giao thông vận tải (tính từ năm 2010)",
                "points": [
                    "Cắt giảm 77 thủ tục hành chính, đạt 14,8%.",
                    "Đơn giản hóa 228 thủ tục, đạt 42,8%.",
                    "Công bố danh mục 560 dịch vụ công trực tuyến.",
                    "Chỉ số cải cách hành chính: thứ tư năm 2012; thứ nhất năm 2013, 2014, 2015.",
                ],
            },
        },
        {
            "type": "paragraph",
            "id": "an-sinh-xa-hoi",
            "value": (
                "<p>Về an sinh xã hội, ngành đã xây tặng <b>66 nhà mái ấm công đoàn</b>; <b>442 nhà tình "
                "nghĩa</b>; thăm, tặng quà <b>2.087</b> công nhân viên chức lao động, cán bộ hưu trí và "
                "<b>2.757</b> cựu thanh niên xung phong; tặng <b>3.943 sổ tiết kiệm</b> cho cựu thanh niên "
                "xung phong và nữ lái xe Trường Sơn; tặng xe đạp, học bổng cho <b>772</b> cháu con gia đình "
                "thương binh, liệt sỹ, gia đình chính sách khó khăn. Tổng chi <b>trên 85 tỷ đồng</b>.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "dan-ung-ho-ha-tang",
            "value": (
                "<p>Thực hiện <b>Nghị quyết 13-NQ/TW</b> của Ban Chấp hành Trung ương Đảng (khóa XI) về kết "
                "cấu hạ tầng đồng bộ, trong hơn 5 năm ngành hoàn thành <b>hơn 300 công trình hạ tầng giao "
                "thông lớn</b>, xây mới, nâng cấp 47.436 km, mở mới 61.400 km đường thôn xóm. Nhờ làm tốt "
                "dân vận, ngành được Nhân dân ủng hộ: <b>hàng ngàn người dân hiến đất, hiến nhà, góp "
                "tiền</b> làm đường, làm cầu, giám sát chất lượng, bảo vệ công trình.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "dan-chu-co-so",
            "value": (
                "<p><b>Quy chế dân chủ ở cơ sở</b> bảo đảm dân chủ, khách quan, minh bạch trong hầu hết hoạt "
                "động của Bộ, nhất là tổ chức, cán bộ, tài chính, tài sản, quy hoạch, kế hoạch. <b>Đối "
                "thoại, chất vấn và trả lời chất vấn</b> giữa lãnh đạo Bộ với cán bộ, đảng viên và Nhân dân "
                "diễn ra qua đại hội, hội nghị cán bộ công chức, đối thoại trực tiếp với người lao động. "
                "Bài viết đánh giá: <b>thực hiện tốt quy chế dân chủ</b> đã tạo sự gắn bó, đồng thuận giữa "
                "tổ chức đảng, chính quyền và đoàn thể, phát huy quyền làm chủ, thẳng thắn trong tự phê bình "
                "và phê bình, góp phần <b>ngăn chặn, đẩy lùi biểu hiện tiêu cực</b>, thực hành tiết kiệm, "
                "chống tham nhũng, lãng phí.</p>"
            ),
        },
        {"type": "heading", "value": "Kiến nghị và kết luận của buổi làm việc"},
        {
            "type": "paragraph",
            "id": "kien-nghi",
            "value": (
                "<p>Đảng ủy Bộ kiến nghị:</p><ul><li>bộ máy phải thống nhất giữa tổ chức đảng, lãnh đạo cơ "
                "quan và đoàn thể; vai trò lãnh đạo của chính quyền rất quan trọng — cơ quan <b>không có "
                "chính quyền cùng cấp</b> thì gặp nhiều khó khăn;</li><li>cơ chế, quy chế về dân chủ ở cơ sở "
                "nên xem xét <b>luật hóa</b>;</li><li>nơi không lập ban dân vận của cấp ủy theo Điều lệ Đảng "
                "thì giao <b>01 ban tham mưu khác</b> của cấp ủy đảm nhiệm;</li><li>dân vận không dừng trong "
                "mỗi cơ quan mà phải <b>lan tỏa trong cả hệ thống</b>, liên kết bộ, ngành với địa phương, "
                "nêu cao trách nhiệm người đứng đầu.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "ket-luan-khao-sat",
            "value": (
                "<p>Kết luận, đồng chí Bùi Minh Quang đánh giá cao kết quả của Đảng bộ Bộ, ghi nhận các kiến "
                "nghị và đề nghị <b>lấy mục đích phục vụ Nhân dân là mục đích quan trọng hàng đầu</b>. Kết "
                "quả khảo sát là cơ sở để ban hành Nghị quyết của Ban Chấp hành Đảng bộ Khối về công tác dân "
                "vận.</p>"
            ),
        },
        {
            "type": "document_citation",
            "value": {
                "code": "218-QĐ/TW",
                "issuer": "Bộ Chính trị",
                "note": (
                    "Quyết định ngày 12/12/2013 về việc Mặt trận, đoàn thể và Nhân dân góp ý xây dựng "
                    "Đảng, xây dựng chính quyền, được Đảng bộ Bộ triển khai."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "217-QĐ/TW",
                "issuer": "Bộ Chính trị",
                "note": (
                    "Quyết định ngày 12/12/2013 ban hành Quy chế giám sát và phản biện xã hội của Mặt "
                    "trận Tổ quốc và các đoàn thể chính trị - xã hội."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "13-NQ/TW",
                "issuer": "Ban Chấp hành Trung ương Đảng",
                "note": (
                    "Nghị quyết khóa XI về kết cấu hạ tầng đồng bộ; khi thực hiện, ngành giao thông được "
                    "Nhân dân ủng hộ nhờ làm tốt dân vận."
                ),
            },
        },
        {
            "type": "summary",
            "value": (
                "<p>Khảo sát ngày 19/9/2016 tại Đảng bộ Bộ Giao thông vận tải phục vụ xây dựng nghị quyết "
                "của Đảng bộ Khối về dân vận trong cơ quan nhà nước, một trong 4 khâu đột phá, với 6 nội "
                "dung thảo luận. Bộ đã cắt giảm 77 thủ tục, đơn giản hóa 228 thủ tục, công bố 560 dịch vụ "
                "công trực tuyến, làm tốt dân chủ ở cơ sở và được Nhân dân ủng hộ; phục vụ Nhân dân là mục "
                "đích quan trọng hàng đầu.</p>"
            ),
        },
    ],
}

SEED_001_TITLE = "Dẫn theo bài “Công tác dân vận phải đi trước một bước”"

LESSON_KET_LUAN_114 = {
    "slug": "cong-tac-dan-van-phai-di-truoc-mot-buoc",
    "title": "“Công tác dân vận phải đi trước một bước”: 5 năm thực hiện Kết luận 114-KL/TW",
    "seed": "001_955713e2ee09973e.txt",
    "intro": (
        "Bài học nhìn lại 5 năm (2015-2020) một tỉnh thực hiện Kết luận 114-KL/TW về nâng cao hiệu "
        "quả công tác dân vận của cơ quan nhà nước các cấp, với hàng nghìn mô hình, điển hình “Dân vận "
        "khéo”, và những văn bản cần quán triệt trong chặng đường tiếp theo."
    ),
    "objectives": [
        "Nêu được nội dung và cơ quan ban hành Kết luận 114-KL/TW.",
        "Mô tả được những chuyển biến sau 5 năm thực hiện Kết luận 114-KL/TW ở cơ quan nhà nước, chính "
        "quyền các cấp.",
        "Dẫn được số mô hình tập thể và điển hình cá nhân “Dân vận khéo” theo từng lĩnh vực.",
        "Kể tên được các văn bản trọng tâm cần tiếp tục quán triệt và các việc cần làm tiếp theo.",
    ],
    "body": [
        source_note(
            "bài “Công tác dân vận phải đi trước một bước” trên trang tin của một tỉnh ủy. Bài không ghi "
            "ngày và không nêu tên tỉnh; bài nhìn lại 5 năm 2015-2020 và hướng tới Đại hội Đảng bộ tỉnh "
            "lần thứ XIV, nhiệm kỳ 2020-2025, tức là được viết trước đại hội năm 2020.",
            "tên cơ quan trong bài học là tên khi ấy. Từ năm 2025, Ban Dân vận và Ban Tuyên giáo của mỗi "
            "tỉnh ủy đã hợp nhất thành <b>Ban Tuyên giáo và Dân vận Tỉnh ủy</b>, nhiều tỉnh đã hợp nhất và "
            "cấp huyện không còn; các văn bản “/TU” mà bài nêu là văn bản của Ban Thường vụ Tỉnh ủy tỉnh ấy "
            "khi đó.",
        ),
        {"type": "heading", "value": "Lời dạy của Bác và Kết luận 114-KL/TW"},
        {
            "type": "quotation",
            "id": "dan-van-kheo",
            "value": {
                "text": "Dân vận khéo thì việc gì cũng thành công",
                "speaker": "Hồ Chí Minh",
                "source": SEED_001_TITLE,
                "date": "",
            },
        },
        {
            "type": "paragraph",
            "id": "ket-luan-114",
            "value": (
                "<p>Bài viết dưới tiêu đề “Công tác dân vận phải đi trước một bước” cho rằng lời dạy của "
                "Bác có ý nghĩa cả trong quá khứ, hiện tại và tương lai, và minh chứng bằng kết quả "
                "<b>5 năm (2015-2020)</b> thực hiện <b>Kết luận số 114-KL/TW</b> của <b>Ban Bí thư "
                "Trung ương Đảng (khóa XI)</b> về nâng cao hiệu quả công tác dân vận của các cơ quan "
                "nhà nước các cấp.</p>"
            ),
        },
        {"type": "heading", "value": "Những chuyển biến sau 5 năm"},
        {
            "type": "paragraph",
            "id": "chuyen-bien",
            "value": (
                "<p>Kết luận 114-KL/TW đã tạo chuyển biến về nhận thức của các cấp ủy, hiệu quả dân vận "
                "của cơ quan nhà nước, chính quyền các cấp được nâng lên. Cụ thể:</p>"
                "<ul><li>văn bản quy phạm pháp luật về trách nhiệm của cơ quan nhà nước, của cán bộ, "
                "công chức được ban hành đầy đủ, cụ thể;</li>"
                "<li>vai trò của người đứng đầu và <b>thái độ phục vụ Nhân dân</b> của cán bộ, công "
                "chức, viên chức ngày càng tốt hơn;</li>"
                "<li>chính quyền phối hợp chặt chẽ hơn với Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn "
                "thể chính trị - xã hội;</li>"
                "<li>phòng, chống tham nhũng, cải cách thủ tục hành chính chuyển biến tích cực; các vấn "
                "đề bức xúc, nguyện vọng chính đáng của Nhân dân được quan tâm giải quyết, tạo đồng "
                "thuận cao;</li>"
                "<li>quyền làm chủ trong góp ý xây dựng Đảng, xây dựng chính quyền được phát huy; chính "
                "quyền hướng về cơ sở, sát với Nhân dân, góp phần phát triển kinh tế, văn hóa, xã hội và "
                "giữ vững an ninh chính trị, trật tự an toàn xã hội.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "co-che-va-phong-cach",
            "value": (
                "<p>Trong lãnh đạo, điều hành, cấp ủy và chính quyền chú trọng bảo đảm cơ chế “Đảng lãnh "
                "đạo, Nhà nước quản lý, Nhân dân làm chủ”. Hội đồng nhân dân và Ủy ban nhân dân tỉnh cụ "
                "thể hóa chủ trương thành quy định, quy trình, cơ chế, chính sách. Ủy ban nhân dân tỉnh "
                "yêu cầu làm dân vận <b>từ khâu xây dựng chủ trương, chính sách cho đến khâu tổ chức "
                "thực hiện</b>, bảo đảm mọi chính sách xuất phát từ lợi ích và nguyện vọng chính đáng của "
                "Nhân dân; xây dựng đội ngũ cán bộ, công chức, viên chức “trọng dân, gần dân, hiểu dân, "
                "học dân và có trách nhiệm với dân”, gắn với phong trào thi đua “Dân vận khéo”.</p>"
            ),
        },
        {"type": "heading", "value": "Phong trào “Dân vận khéo” qua các con số"},
        {
            "type": "paragraph",
            "id": "mo-hinh-dien-hinh",
            "value": (
                "<p>Các cấp, các ngành trong tỉnh đã xây dựng được <b>2.668 mô hình tập thể</b> và "
                "<b>1.994 điển hình cá nhân</b> “Dân vận khéo”, có cách làm hay, sáng tạo, có địa chỉ cụ "
                "thể và hiệu quả thiết thực. Phân theo lĩnh vực:</p>"
                "<ul><li>phát triển kinh tế: <b>472 mô hình, 40 điển hình</b>;</li>"
                "<li>văn hóa - xã hội: <b>721 mô hình, 24 điển hình</b>;</li>"
                "<li>quốc phòng - an ninh: <b>562 mô hình, 498 điển hình</b>;</li>"
                "<li>xây dựng hệ thống chính trị: <b>913 mô hình, 1.132 điển hình</b> — lĩnh vực có "
                "nhiều mô hình và điển hình nhất.</li></ul>"
                "<p><i>Lưu ý về số liệu:</i> số mô hình theo bốn lĩnh vực cộng lại đúng 2.668, nhưng số điển "
                "hình cá nhân theo bốn lĩnh vực cộng lại là 1.694, không phải 1.994 như tổng bài viết nêu; "
                "bài viết không giải thích chênh lệch này.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "so-lieu-dan-van-kheo",
            "value": {
                "title": "“Dân vận khéo” sau 5 năm thực hiện Kết luận 114-KL/TW",
                "points": [
                    "Tổng cộng: 2.668 mô hình tập thể và 1.994 điển hình cá nhân.",
                    "Phát triển kinh tế: 472 mô hình, 40 điển hình.",
                    "Văn hóa - xã hội: 721 mô hình, 24 điển hình.",
                    "Quốc phòng - an ninh: 562 mô hình, 498 điển hình.",
                    "Xây dựng hệ thống chính trị: 913 mô hình, 1.132 điển hình.",
                    "Lưu ý: điển hình theo bốn lĩnh vực cộng lại là 1.694, không khớp tổng 1.994 mà bài viết "
                    "nêu.",
                ],
            },
        },
        {
            "type": "paragraph",
            "id": "ten-mo-hinh",
            "value": (
                "<p>Một số mô hình, diễn đàn và phong trào tiêu biểu được bài viết nêu tên: mô hình "
                "“Chính quyền thân thiện”, “Chính quyền điện tử”, “Công chức xin lỗi dân khi trễ hẹn”; "
                "diễn đàn “Nghe dân nói, nói dân nghe, giúp dân hiểu, làm dân tin”; “Đối thoại về chính "
                "sách chăm sóc sức khỏe Nhân dân”; các phong trào “Toàn dân đoàn kết xây dựng đời sống "
                "văn hóa”, “Toàn dân bảo vệ an ninh Tổ quốc”, “Đền ơn đáp nghĩa”, “Chung sức, chung lòng "
                "xây dựng nông thôn mới”; “Cựu chiến binh tham gia giáo dục, cảm hóa người lầm lỗi tái "
                "hòa nhập cộng đồng”; “Chống rác thải nhựa”.</p>"
            ),
        },
        {"type": "heading", "value": "Các văn bản cần tiếp tục quán triệt"},
        {
            "type": "paragraph",
            "id": "van-ban-trong-tam",
            "value": (
                "<p>Để dân vận của cơ quan nhà nước hiệu quả hơn trong tình hình mới và gắn “Dân vận "
                "khéo” với các phong trào thi đua yêu nước, trọng tâm là quán triệt sâu:</p>"
                "<ul><li><b>Kết luận số 43-KL/TW</b> của Ban Bí thư Trung ương Đảng (khóa XII) và "
                "<b>Kế hoạch số 158-KH/TU</b> của Ban Thường vụ Tỉnh ủy (khóa XIII) về tiếp tục thực "
                "hiện <b>Nghị quyết số 25-NQ/TW</b> của Ban Chấp hành Trung ương Đảng (khóa XI) về "
                "“Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình "
                "mới”;</li>"
                "<li>Kết luận số 114-KL/TW và <b>Chỉ thị số 03-CT/TU ngày 26/11/2015</b> của Ban Thường "
                "vụ Tỉnh ủy về dân vận của cơ quan nhà nước các cấp;</li>"
                "<li><b>Chỉ thị số 16/CT-TTg</b> của Thủ tướng Chính phủ;</li>"
                "<li><b>Công văn số 1213-CV/TU ngày 19/6/2018</b> của Ban Thường vụ Tỉnh ủy về đẩy mạnh "
                "công tác dân vận chính quyền.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "viec-can-lam",
            "value": (
                "<p>Những việc cần làm tiếp theo:</p>"
                "<ul><li>xây dựng đạo đức, phong cách làm việc “gần dân, sát cơ sở”, “hiểu dân và lắng "
                "nghe nhân dân”; đẩy mạnh cải cách thủ tục hành chính; chăm lo đời sống Nhân dân, nhất "
                "là vùng đồng bào dân tộc thiểu số, vùng khó khăn;</li>"
                "<li>tăng cường <b>đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân theo "
                "Quyết định số 218-QĐ/TW</b> của Bộ Chính trị; người đứng đầu cấp ủy duy trì <b>tiếp xúc "
                "Nhân dân</b>, sâu sát cơ sở <b>theo Quy định số 11-QĐi/TW</b> của Bộ Chính trị;</li>"
                "<li>xử lý khẩn trương, dứt điểm các vụ khiếu kiện đông người, vượt cấp, kéo dài, không "
                "để thành <b>điểm nóng</b>; làm tốt dân chủ và dân vận trong các công trình, dự án liên "
                "quan đến quyền lợi Nhân dân;</li>"
                "<li>đẩy mạnh “Dân vận khéo” gắn với học tập và làm theo tư tưởng, đạo đức, phong cách "
                "Hồ Chí Minh; tuyên dương, khen thưởng, nhân rộng mô hình hay, lập thành tích chào mừng "
                "<b>Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020-2025</b>.</li></ul>"
            ),
        },
        {
            "type": "document_citation",
            "value": {
                "code": "114-KL/TW",
                "issuer": "Ban Bí thư",
                "note": (
                    "Kết luận về nâng cao hiệu quả dân vận của cơ quan nhà nước các cấp; bài viết nhìn lại "
                    "kết quả sơ kết 5 năm (2015-2020) thực hiện Kết luận này."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "43-KL/TW",
                "issuer": "Ban Bí thư",
                "note": "Kết luận khóa XII về tiếp tục thực hiện Nghị quyết 25-NQ/TW, được xác định là trọng "
                "tâm cần quán triệt.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "25-NQ/TW",
                "issuer": "Ban Chấp hành Trung ương Đảng",
                "note": (
                    "Nghị quyết khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác "
                    "dân vận trong tình hình mới."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "218-QĐ/TW",
                "issuer": "Bộ Chính trị",
                "note": "Căn cứ để tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền và Nhân dân.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "11-QĐi/TW",
                "issuer": "Bộ Chính trị",
                "note": "Căn cứ để người đứng đầu cấp ủy duy trì tiếp xúc Nhân dân, sâu sát cơ sở.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "16/CT-TTg",
                "issuer": "Thủ tướng Chính phủ",
                "note": (
                    "Chỉ thị của Thủ tướng Chính phủ; bài viết đề nghị đổi mới, nâng cao chất lượng dân vận "
                    "của cơ quan nhà nước theo tinh thần Chỉ thị này."
                ),
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "03-CT/TU",
                "issuer": "Ban Thường vụ Tỉnh ủy",
                "note": "Chỉ thị ngày 26/11/2015 của tỉnh về nâng cao hiệu quả dân vận của cơ quan nhà nước "
                "các cấp.",
            },
        },
        {
            "type": "summary",
            "value": (
                "<p>Sau 5 năm (2015-2020) thực hiện Kết luận 114-KL/TW của Ban Bí thư, dân vận của cơ "
                "quan nhà nước có chuyển biến rõ: người đứng đầu và thái độ phục vụ tốt hơn, chính sách "
                "xuất phát từ lợi ích của dân, cơ chế “Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm "
                "chủ” được bảo đảm. Phong trào “Dân vận khéo” có 2.668 mô hình tập thể và 1.994 điển "
                "hình cá nhân. Chặng tiếp theo cần quán triệt Kết luận 43-KL/TW, Nghị quyết 25-NQ/TW, "
                "Chỉ thị 16/CT-TTg, đối thoại theo Quyết định 218-QĐ/TW và tiếp xúc dân theo Quy định "
                "11-QĐi/TW.</p>"
            ),
        },
    ],
}

SEED_002_TITLE = (
    "bài “Giải pháp thực hiện công tác dân vận đáp ứng yêu cầu, nhiệm vụ trong tình hình mới”, Sở Công "
    "Thương Hà Tĩnh"
)

LESSON_SO_CONG_THUONG = {
    "slug": "dan-van-o-mot-so-chuyen-nganh",
    "title": "Dân vận ở một sở chuyên ngành: kết quả, hạn chế và năm nhiệm vụ trọng tâm",
    "seed": "002_ca7e3ff134b49f38.txt",
    "intro": (
        "Qua kinh nghiệm của Sở Công Thương Hà Tĩnh, bài học cho thấy một cơ quan chuyên môn triển khai "
        "dân vận bằng những việc cụ thể nào, còn vướng ở đâu và cần làm gì tiếp theo."
    ),
    "objectives": [
        "Kể tên được các văn bản về dân vận mà Sở quán triệt, trong đó có Kết luận 114-KL/TW và Chỉ thị "
        "33/CT-TTg ngày 26/11/2021.",
        "Mô tả được cách Sở thực hiện phong trào “Dân vận khéo”, quy chế dân chủ ở cơ sở, cải cách hành "
        "chính và phát huy công đoàn.",
        "Nhận diện được những tồn tại, khó khăn trong công tác dân vận của Sở.",
        "Trình bày được năm nhiệm vụ trọng tâm, từ “Thứ nhất” đến “Thứ năm”.",
    ],
    "body": [
        source_note(
            "bài “Giải pháp thực hiện công tác dân vận đáp ứng yêu cầu, nhiệm vụ trong tình hình mới” của "
            "Nguyễn Đức Hà, Phó Chánh Văn phòng Sở Công Thương Hà Tĩnh. Bài không ghi ngày; văn bản mới nhất "
            "bài dẫn là Công văn số 1567-CV/TU ngày 16/02/2023, nên bài được viết từ năm 2023.",
            "tên cơ quan trong bài học là tên khi ấy. Chương trình phối hợp số 301-CTr/BDVTU-BCSĐUBND do Ban "
            "Dân vận Tỉnh ủy Hà Tĩnh đồng ký; từ năm 2025, Ban này đã hợp nhất với Ban Tuyên giáo thành "
            "<b>Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh</b>.",
        ),
        {"type": "heading", "value": "Tuyên truyền, quán triệt văn bản"},
        {
            "type": "paragraph",
            "id": "tuyen-truyen",
            "value": (
                "<p>Đảng ủy, Lãnh đạo Sở chỉ đạo các phòng, đơn vị và Hội đồng phổ biến pháp luật Sở quán "
                "triệt kịp thời các văn bản về dân vận, nhờ đó nhận thức, trách nhiệm của cán bộ được nâng "
                "lên. Đặc biệt là:</p><ul><li><b>Kết luận số 114-KL/TW ngày 14/7/2015</b> của Ban Bí thư về "
                "nâng cao hiệu quả dân vận của cơ quan nhà nước các cấp;</li><li><b>Chỉ thị số 33/CT-TTg "
                "ngày 26/11/2021</b> của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân "
                "vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới;</li><li>văn "
                "bản của tỉnh: Chỉ thị số 06-CT/TU, Quyết định số 269-QĐ/TU (quy chế công tác dân vận của hệ "
                "thống chính trị), Chỉ thị số 03/CT-UBND và Chương trình phối hợp số 301-CTr/BDVTU-BCSĐUBND "
                "về dân vận giai đoạn 2022 - 2026.</li></ul>"
            ),
        },
        {"type": "heading", "value": "Phong trào “Dân vận khéo” gắn với thi đua yêu nước"},
        {
            "type": "paragraph",
            "id": "dan-van-kheo-tai-so",
            "value": (
                "<p>Sở bồi dưỡng <b>khả năng vận động Nhân dân</b> cho người thường xuyên tiếp xúc với tổ "
                "chức, cá nhân: cán bộ trực <b>bộ phận một cửa tại Trung tâm Phục vụ hành chính công "
                "tỉnh</b>, văn thư, tổ chức cán bộ, thanh tra, kế toán. Hằng năm, theo yêu cầu của Đảng ủy, "
                "Lãnh đạo Sở, chi bộ và các phòng, đơn vị kiểm tra, đánh giá hoạt động dân vận, kịp thời "
                "chấn chỉnh; Sở chú trọng chọn lĩnh vực cụ thể, trọng tâm để phát động.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "phong-trao-gan-ket",
            "value": (
                "<p>“Dân vận khéo” được lồng ghép với các phong trào thi đua yêu nước như phong trào thi đua "
                "đặc biệt phòng, chống đại dịch COVID-19, góp phần thực hiện <b>“mục tiêu kép”</b> vừa chống "
                "dịch vừa phục hồi, phát triển kinh tế - xã hội; phong trào “Cả tỉnh chung sức xây dựng tỉnh "
                "Hà Tĩnh đạt chuẩn nông thôn mới” giai đoạn 2021-2025; xây dựng đô thị văn minh; “Toàn dân "
                "đoàn kết xây dựng đời sống văn hóa ở khu dân cư”.</p>"
            ),
        },
        {"type": "heading", "value": "Dân chủ ở cơ sở, tiếp dân và cải cách hành chính"},
        {
            "type": "paragraph",
            "id": "quy-che-dan-chu",
            "value": (
                "<p>Hằng năm, Văn phòng Sở và <b>Trung tâm Khuyến công và Xúc tiến thương mại</b> tổ chức "
                "Hội nghị cán bộ công chức, viên chức và người lao động để đánh giá việc thực hiện quy chế "
                "dân chủ. Sở ban hành <b>Quy chế văn hóa công vụ</b>, Quy chế thực hiện dân chủ, Quy chế làm "
                "việc; cử cán bộ vững nghiệp vụ, có đạo đức đến Trung tâm hành chính công để tiếp nhận thủ "
                "tục hành chính và tham gia tiếp công dân tại Sở. Nhờ vậy, việc tiếp dân, xử lý đơn thư, "
                "giải quyết khiếu nại, tố cáo được thực hiện kịp thời, đúng thẩm quyền, đúng quy định. "
                "Người đứng đầu được đặt yêu cầu cao: gương mẫu, không tham nhũng, lãng phí, nhũng nhiễu "
                "Nhân dân.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "kenh-tiep-nhan",
            "value": (
                "<p>Kênh góp ý của người dân: <b>hòm thư góp ý</b>; phòng tiếp công dân; bộ phận tiếp công "
                "dân là <b>Thanh tra Sở</b>; chuyên mục kiến nghị, phản ánh trên trang "
                "<b>socongthuong.hatinh.gov.vn</b>, nơi người dân góp ý trực tuyến.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "cai-cach-hanh-chinh",
            "value": (
                "<p>Sở coi cải cách hành chính là nhiệm vụ <b>trọng tâm, đột phá</b>: rà soát, niêm yết công "
                "khai, cắt giảm, bãi bỏ thủ tục; cập nhật quy trình điện tử trên Cổng Thông tin dịch vụ "
                "công; dùng <b>dịch vụ bưu chính công ích</b> để chuyển trả hồ sơ; dùng Hệ chương trình Quản "
                "lý văn bản và hồ sơ công việc cùng các phần mềm chuyên dụng. Từ đầu năm viết bài đến thời điểm viết, Sở "
                "<b>không có phản ánh, kiến nghị nào</b> về quy định thủ tục hành chính thuộc thẩm quyền của Sở.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "cong-doan-doan-the",
            "value": (
                "<p><b>Công đoàn ngành Công Thương Hà Tĩnh</b> chỉ đạo tổ chức <b>đối thoại trực tiếp</b> "
                "giữa lãnh đạo cơ quan, lãnh đạo công đoàn với người lao động, và <b>đối thoại gián tiếp</b> "
                "bằng <b>thùng thư đặt tại cổng đơn vị</b>, rồi trả lời xác đáng khi đối thoại trực tiếp. "
                "<b>Ban Thanh tra nhân dân</b> giám sát giải quyết khiếu nại, tố cáo. Đoàn Thanh niên, Hội "
                "cựu chiến binh tổ chức hiến máu tình nguyện, quyên góp cho vùng bão lũ, xây nhà tình "
                "nghĩa.</p>"
            ),
        },
        {"type": "heading", "value": "Những hạn chế còn tồn tại"},
        {
            "type": "paragraph",
            "id": "han-che",
            "value": (
                "<p>Bên cạnh kết quả, Sở tự nhận những tồn tại, khó khăn:</p>"
                "<ol><li>cụ thể hóa chủ trương của Đảng về dân vận còn chưa đầy đủ, dân vận chưa đi vào "
                "chiều sâu;</li>"
                "<li>lồng ghép nhiệm vụ chính trị với dân vận chưa thường xuyên;</li>"
                "<li>trình độ nghiệp vụ của người làm dân vận còn hạn chế;</li>"
                "<li>kiểm tra, đánh giá kết quả dân vận đôi khi còn chậm;</li>"
                "<li>đối thoại trực tiếp còn <b>nặng về biện pháp áp đặt</b>, chưa chú trọng vận động, "
                "thuyết phục, giải thích.</li></ol>"
            ),
        },
        {"type": "heading", "value": "Năm nhiệm vụ trọng tâm thời gian tới"},
        {
            "type": "paragraph",
            "id": "thu-nhat",
            "value": (
                "<p><b>Thứ nhất</b>, quán triệt, tuyên truyền và thực hiện nghiêm các nghị quyết, chỉ "
                "thị, kết luận của Trung ương và của tỉnh về dân vận, tạo chuyển biến rõ về nhận thức và "
                "hành động của lãnh đạo, cán bộ, công chức, viên chức.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-hai",
            "value": (
                "<p><b>Thứ hai</b>, thực hiện Chương trình tổng thể cải cách hành chính nhà nước tỉnh giai "
                "đoạn 2021 - 2030 và <b>Nghị quyết số 12-NQ/TU ngày 26/5/2022</b> của Ban Chấp hành Đảng bộ "
                "tỉnh; quản lý công khai, minh bạch, thân thiện, gần gũi với Nhân dân; đẩy mạnh phân cấp, "
                "phân quyền, cơ chế <b>một cửa, một cửa liên thông</b> và <b>chuyển đổi số</b>.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-ba",
            "value": (
                "<p><b>Thứ ba</b>, đẩy mạnh thi đua yêu nước gắn với <b>Kết luận số 01-KL/TW ngày "
                "18/5/2021</b> của Bộ Chính trị về tiếp tục thực hiện <b>Chỉ thị số 05-CT/TW ngày "
                "15/5/2016</b>, với các văn bản của Ban Thường vụ Tỉnh ủy về siết chặt kỷ luật, kỷ cương, "
                "nâng cao đạo đức công vụ, và với quy định về <b>trách nhiệm nêu gương</b> của người đứng "
                "đầu.</p>"
            ),
        },
        {
            "type": "quotation",
            "id": "chi-thi-05",
            "value": {
                "text": "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "speaker": "Bộ Chính trị khóa XII",
                "source": "Tên Chỉ thị số 05-CT/TW, dẫn trong " + SEED_002_TITLE,
                "date": "15/5/2016",
            },
        },
        {
            "type": "paragraph",
            "id": "thu-tu",
            "value": (
                "<p><b>Thứ tư</b>, thực hiện nghiêm quy chế, quy định, nhất là <b>quy tắc ứng xử</b> và "
                "quy chế dân chủ ở cơ sở; <b>chuyển đổi vị trí công tác</b> đối với người làm lâu năm ở "
                "một vị trí; bổ sung biên chế cho cơ sở; nâng cao văn hóa giao tiếp khi giải quyết thủ "
                "tục; <b>nghiêm cấm gây phiền hà, sách nhiễu</b> khi tiếp nhận hồ sơ và trả kết quả.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-nam",
            "value": (
                "<p><b>Thứ năm</b>, thực hiện tốt dân chủ ở cơ sở, nhất là trách nhiệm của người đứng đầu; "
                "<b>Ban Chấp hành Công đoàn cơ sở</b> phối hợp động viên người lao động phát huy quyền làm "
                "chủ, xây dựng và thực hiện Nghị quyết hội nghị cán bộ, công chức, người lao động. Bài viết "
                "còn nêu thêm giải pháp khuyến khích người lao động <b>dám nghĩ, dám làm</b>, có sáng "
                "kiến.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "nam-nhiem-vu",
            "value": {
                "title": "Năm nhiệm vụ trọng tâm của Sở",
                "points": [
                    "Thứ nhất: quán triệt, thực hiện nghiêm văn bản về dân vận.",
                    "Thứ hai: cải cách hành chính 2021 - 2030, một cửa, một cửa liên thông, chuyển đổi số.",
                    "Thứ ba: thi đua yêu nước gắn với học tập và làm theo Bác, kỷ cương và nêu gương.",
                    "Thứ tư: quy tắc ứng xử, chuyển đổi vị trí công tác, không sách nhiễu người dân.",
                    "Thứ năm: dân chủ ở cơ sở với trách nhiệm của người đứng đầu và công đoàn.",
                ],
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "33/CT-TTg",
                "issuer": "Thủ tướng Chính phủ",
                "note": "Chỉ thị ngày 26/11/2021 về tiếp tục tăng cường và đổi mới dân vận của cơ quan hành "
                "chính nhà nước, chính quyền các cấp.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "114-KL/TW",
                "issuer": "Ban Bí thư",
                "note": "Kết luận ngày 14/7/2015 về nâng cao hiệu quả dân vận của cơ quan nhà nước các cấp, "
                "được Sở tuyên truyền, quán triệt.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "05-CT/TW",
                "issuer": "Bộ Chính trị",
                "note": "Chỉ thị ngày 15/5/2016 về học tập và làm theo Bác, gắn với phong trào thi đua ở "
                "nhiệm vụ thứ ba.",
            },
        },
        {
            "type": "summary",
            "value": (
                "<p>Sở Công Thương Hà Tĩnh làm dân vận bằng việc cụ thể: quán triệt Kết luận 114-KL/TW, Chỉ "
                "thị 33/CT-TTg; bồi dưỡng kỹ năng vận động cho cán bộ một cửa; lồng ghép “Dân vận khéo” với "
                "thi đua; thực hiện dân chủ, mở nhiều kênh góp ý, đối thoại trực tiếp và gián tiếp; cải cách "
                "hành chính. Hạn chế lớn là dân vận chưa vào chiều sâu, đối thoại còn áp đặt. Năm nhiệm vụ "
                "tới: quán triệt, cải cách hành chính, thi đua và nêu gương, quy tắc ứng xử, dân chủ ở cơ "
                "sở.</p>"
            ),
        },
    ],
}

LESSON_THAM_MUU = {
    "slug": "dan-van-kheo-trong-cong-tac-tham-muu",
    "title": "“Dân vận khéo” trong công tác tham mưu: sáu phương thức",
    "seed": "003_980f1e68decd2327.txt",
    "intro": (
        "Bài học cuối giới thiệu sáu phương thức “khéo” mà Ban Dân vận Tỉnh ủy Bình Phước đã vận dụng "
        "trong công tác tham mưu cho cấp ủy đến năm 2021, gồm cả kết quả đào tạo, tập huấn cán bộ dân vận."
    ),
    "objectives": [
        "Trích dẫn đúng lời dạy của Chủ tịch Hồ Chí Minh trong bài báo “Dân vận” (báo Sự thật, 15/10/1949).",
        "Nêu được nhiệm vụ của Ban Dân vận cấp ủy theo Điều 10 Quy chế công tác dân vận ban hành kèm "
        "Quyết định 290-QĐ/TW.",
        "Trình bày được sáu phương thức “Dân vận khéo” trong công tác tham mưu, từ “Thứ nhất” đến “Thứ sáu”.",
        "Dẫn được số liệu các lớp tập huấn công tác dân vận trong nhiệm kỳ.",
    ],
    "body": [
        source_note(
            "bài “‘Dân vận khéo’ trong công tác tham mưu là chìa khóa mở cánh cửa thành công” (nguồn tin: "
            "Anh Đào), Trang Thông tin điện tử tổng hợp Ban Dân vận Tỉnh ủy Bình Phước, ngày 01/06/2021.",
            "tên cơ quan, địa danh trong bài học là tên năm 2021. Từ năm 2025, tỉnh Bình Phước đã hợp nhất "
            "vào tỉnh Đồng Nai, và Ban Dân vận Tỉnh ủy mà bài nói đến nay là <b>Ban Tuyên giáo và Dân vận "
            "Tỉnh ủy Đồng Nai</b>; cấp huyện không còn, nên “các huyện, thị” trong số liệu tập huấn là các "
            "đơn vị hành chính khi ấy.",
        ),
        {"type": "heading", "value": "Cơ sở: lời dạy của Bác và Quy chế công tác dân vận"},
        {
            "type": "quotation",
            "id": "bai-bao-dan-van",
            "value": {
                "text": "Dân vận khéo thì việc gì cũng thành công",
                "speaker": "Hồ Chí Minh",
                "source": "Bài báo “Dân vận”, báo Sự thật",
                "date": "15/10/1949",
            },
        },
        {
            "type": "paragraph",
            "id": "dieu-10",
            "value": (
                "<p>Đổi mới nội dung, phương thức dân vận đòi hỏi mỗi tổ chức, cá nhân trong ngành dân "
                "vận phải biết làm “Dân vận khéo”. Với Ban Dân vận cấp ủy, “khéo” phải gắn với nhiệm vụ "
                "quy định tại <b>Điều 10</b> của Quy chế công tác dân vận của hệ thống chính trị, ban "
                "hành theo <b>Quyết định 290-QĐ/TW ngày 25/2/2010</b> của Bộ Chính trị và Quyết định số "
                "1238-QĐ/TU ngày 5/5/2010 của Ban Thường vụ Tỉnh ủy: <b>nghiên cứu, tham mưu, đề xuất "
                "cấp ủy lãnh đạo, chỉ đạo thực hiện công tác dân vận đối với tất cả các tổ chức trong hệ "
                "thống chính trị</b>.</p>"
            ),
        },
        {"type": "heading", "value": "Sáu phương thức “khéo” trong tham mưu"},
        {
            "type": "paragraph",
            "id": "thu-nhat",
            "value": (
                "<p><b>Thứ nhất, chọn đúng nội dung tham mưu.</b> Phát huy năng lực, chuyên môn của cán bộ "
                "để trao đổi, phản biện dự thảo; phát huy dân chủ trong tập thể lãnh đạo Ban; nghiên cứu kỹ, "
                "<b>giả định tình huống tích cực và tiêu cực</b>, thuận lợi và khó khăn trước khi trình "
                "Thường trực Tỉnh ủy cho ý kiến. Ví dụ: khi tham mưu ban hành <b>Đề án số 01-ĐA/TU</b> về "
                "nâng cao năng lực, đổi mới nội dung và phương thức hoạt động công tác dân vận trên địa bàn "
                "tỉnh giai đoạn 2016-2020 và Đề án số 1217-ĐA/TU về nâng cao năng lực hoạt động và khả năng "
                "tập hợp quần chúng của Mặt trận Tổ quốc và các đoàn thể xã, phường, thị trấn, phải phân "
                "tích, chứng minh giữa lý luận và thực tiễn để thuyết phục.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-hai",
            "value": (
                "<p><b>Thứ hai, tham mưu văn bản kịp thời.</b> Ban tham mưu Tỉnh ủy ban hành văn bản chỉ "
                "đạo, sơ kết, tổng kết các văn bản của Trung ương về dân vận, công tác dân tộc, tôn giáo "
                "và quy chế dân chủ ở cơ sở. Riêng <b>năm 2020</b>, có hàng loạt kế hoạch, chẳng hạn:</p>"
                "<ul><li>Kế hoạch số 217-KH/TU ngày 06/02/2020: hội nghị trực tuyến về dân vận trong hoạt "
                "động hòa giải ở cơ sở;</li>"
                "<li>Kế hoạch số 223-KH/TU ngày 03/3/2020: <b>tổng kết 10 năm</b> thực hiện Quyết định "
                "290-QĐ/TW;</li>"
                "<li>Kế hoạch 239-KH/TU ngày 23/6/2020: <b>sơ kết 5 năm</b> thực hiện Kết luận số "
                "114-KL/TW;</li>"
                "<li>Kế hoạch 244-KH/TU ngày 29/6/2020: tổng kết 5 năm phong trào dân vận khéo giai đoạn "
                "2016-2020;</li>"
                "<li>Kế hoạch 245-KH/TU ngày 12/8/2020: tiếp và làm việc với Đoàn khảo sát của Ban Dân "
                "vận Trung ương.</li></ul>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-ba",
            "value": (
                "<p><b>Thứ ba, đào tạo, tập huấn cán bộ.</b> Hằng năm, Ban xây dựng kế hoạch và tham mưu "
                "Thường trực Tỉnh ủy mở lớp bồi dưỡng kiến thức, kỹ năng dân vận cho cán bộ, công chức, "
                "viên chức từ tỉnh đến cơ sở theo phương châm <b>thời gian ngắn nhất, quy mô lớn nhất "
                "và hiệu quả cao nhất</b>. Lớp học giúp làm rõ dân vận của cơ quan nhà nước gắn với "
                "chuyên môn từng ngành, và sự cần thiết xây dựng mô hình “Dân vận khéo” để xử lý thông "
                "minh, khéo léo các tình huống, giảm thủ tục không cần thiết khi giải quyết việc của "
                "dân.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "so-lieu-tap-huan",
            "value": {
                "title": "Đào tạo, tập huấn công tác dân vận trong nhiệm kỳ",
                "points": [
                    "Tổng cộng: trên 34 lớp tập huấn bồi dưỡng công tác dân vận.",
                    "Phối hợp với Ban Dân vận Trung ương: 5 hội nghị tại tỉnh.",
                    "Cử 40 cán bộ đi đào tạo do Học viện Chính trị khu vực II tổ chức.",
                    "Cấp tỉnh: 9 lớp cho trên 950 học viên.",
                    "Các huyện, thị: 25 lớp tập huấn dân vận.",
                ],
            },
        },
        {
            "type": "paragraph",
            "id": "thu-tu",
            "value": (
                "<p><b>Thứ tư, ký kết chương trình phối hợp.</b> Hằng năm, Ban chủ động tham mưu ký kết "
                "và triển khai chương trình, kế hoạch phối hợp dân vận với <b>Ban Cán sự đảng UBND "
                "tỉnh</b>, <b>Ban Dân tộc tỉnh</b>, các đơn vị <b>lực lượng vũ trang tỉnh</b> và <b>Binh "
                "đoàn 16</b>, để cụ thể hóa chỉ đạo của Tỉnh ủy theo Quy chế công tác dân vận, định kỳ có "
                "sơ kết, tổng kết, rút kinh nghiệm.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-nam",
            "value": (
                "<p><b>Thứ năm, bám sát cơ sở.</b> Ban nghiên cứu, khảo sát, kiểm tra, hướng dẫn để nắm "
                "tình hình thực tiễn, từ đó tham mưu Tỉnh ủy chỉ đạo sát thực tế, <b>không rập khuôn, "
                "máy móc, không hình thức, chủ quan</b>.</p>"
            ),
        },
        {
            "type": "paragraph",
            "id": "thu-sau",
            "value": (
                "<p><b>Thứ sáu, ứng dụng công nghệ thông tin.</b> Ban tham mưu chuyển <b>Bản tin công "
                "tác dân vận Bình Phước</b> từ bản giấy sang <b>Trang Thông tin điện tử tổng hợp Ban "
                "Dân vận Tỉnh ủy</b> (được Sở Thông tin và Truyền thông cấp phép ngày 11/01/2020"
                ") để tuyên truyền, nêu gương người tốt, việc tốt, mô hình dân vận khéo và hướng "
                "dẫn nghiệp vụ; đồng thời lập <b>các nhóm Zalo đến tận cơ sở</b> để nắm thông tin hai "
                "chiều, kịp thời tham mưu giải quyết các vấn đề phát sinh.</p>"
            ),
        },
        {
            "type": "key_points",
            "id": "sau-phuong-thuc",
            "value": {
                "title": "Sáu phương thức “Dân vận khéo” trong tham mưu",
                "points": [
                    "Thứ nhất: chọn nội dung tham mưu bằng trí tuệ tập thể, lường trước tình huống.",
                    "Thứ hai: tham mưu kịp thời văn bản chỉ đạo, sơ kết, tổng kết.",
                    "Thứ ba: đào tạo, tập huấn nâng cao năng lực cán bộ dân vận, Mặt trận, đoàn thể.",
                    "Thứ tư: ký kết và thực hiện các chương trình phối hợp.",
                    "Thứ năm: nghiên cứu, khảo sát, kiểm tra, hướng dẫn sát cơ sở.",
                    "Thứ sáu: dùng công nghệ thông tin — trang thông tin điện tử, nhóm Zalo.",
                ],
            },
        },
        {"type": "heading", "value": "Bài học rút ra"},
        {
            "type": "paragraph",
            "id": "bai-hoc-kinh-nghiem",
            "value": (
                "<p>Dù ít cán bộ và lãnh đạo Ban thường xuyên thay đổi do điều động, luân chuyển, tập "
                "thể Ban vẫn hoàn thành xuất sắc nhiệm vụ và được Thường trực Tỉnh ủy đánh giá cao. Kinh "
                "nghiệm đúc kết: Ban Dân vận cấp ủy phải <b>vận dụng sáng tạo các phương thức “Dân vận "
                "khéo”</b> vào nghiên cứu, tham mưu, hướng dẫn, đề xuất và phối hợp thực hiện kế hoạch "
                "hằng năm. “Dân vận khéo” áp dụng được trên mọi lĩnh vực, nhưng trong công tác tham mưu, "
                "đó là <b>chìa khóa mở cánh cửa thành công</b> của cán bộ, công chức ngành dân vận.</p>"
            ),
        },
        {
            "type": "document_citation",
            "value": {
                "code": "290-QĐ/TW",
                "issuer": "Bộ Chính trị",
                "note": "Quyết định ngày 25/2/2010 ban hành Quy chế công tác dân vận của hệ thống chính trị, "
                "có Điều 10 quy định nhiệm vụ tham mưu của Ban Dân vận.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "1238-QĐ/TU",
                "issuer": "Ban Thường vụ Tỉnh ủy",
                "note": "Quyết định ngày 5/5/2010 của tỉnh, cùng Quyết định 290-QĐ/TW làm căn cứ cho nhiệm "
                "vụ tham mưu.",
            },
        },
        {
            "type": "document_citation",
            "value": {
                "code": "114-KL/TW",
                "issuer": "Ban Bí thư",
                "note": "Kết luận ngày 14/7/2015 mà Ban tham mưu sơ kết 5 năm thực hiện theo Kế hoạch "
                "239-KH/TU.",
            },
        },
        {
            "type": "summary",
            "value": (
                "<p>Trong bài báo “Dân vận” (báo Sự thật, 15/10/1949), Chủ tịch Hồ Chí Minh chỉ rõ dân "
                "vận khéo thì việc gì cũng thành công. Gắn với Điều 10 Quy chế ban hành theo Quyết định "
                "290-QĐ/TW, Ban Dân vận Tỉnh ủy vận dụng sáu phương thức: chọn đúng nội dung, tham mưu "
                "văn bản kịp thời, đào tạo cán bộ (trên 34 lớp, cấp tỉnh 9 lớp cho trên 950 học viên), "
                "phối hợp, bám sát cơ sở và ứng dụng công nghệ thông tin. “Dân vận khéo” trong tham mưu "
                "là chìa khóa thành công của người làm dân vận.</p>"
            ),
        },
    ],
}

LESSONS = [
    LESSON_NGUOI_DUNG_DAU,
    LESSON_DANG_BO_KHOI,
    LESSON_KET_LUAN_114,
    LESSON_SO_CONG_THUONG,
    LESSON_THAM_MUU,
]
