"""The demo course's question bank: questions on the five lessons of ``courses/demo/lessons.py``.

Every question names the lesson (``lesson``, which is also its category) and the block of that
lesson that states its correct answer (``passage``); ``evidence`` is an exact excerpt of that
block's text, so a test can check that the answer really is in the passage. Weights are percents,
as in Moodle: single choice 100 / 0; multiple choice positive weights summing to 100 and negative
weights for wrong options; true/false ("Đúng", "Sai") 100 / 0.

No question asks for the total of individual exemplars in seed 001: its per-field figures do not
add up to the stated total.
"""

L1 = "vai-tro-nguoi-dung-dau-trong-cong-tac-dan-van"
L2 = "dan-van-cua-dang-bo-co-quan-nha-nuoc-o-trung-uong"
L3 = "cong-tac-dan-van-phai-di-truoc-mot-buoc"
L4 = "dan-van-o-mot-so-chuyen-nganh"
L5 = "dan-van-kheo-trong-cong-tac-tham-muu"

QUESTIONS = [
    # ── Bài 1: Người đứng đầu và công tác dân vận: bảy việc mấu chốt ────────────────────────────
    {
        "lesson": L1,
        "passage": "chi-thi-16",
        "type": "single",
        "difficulty": "easy",
        "text": "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về công tác dân vận được ban hành ngày nào?",
        "options": [("16/5/2016", 100), ("04/5/2018", 0), ("26/11/2021", 0), ("14/7/2015", 0)],
        "explanation": "Bài học nêu: ngày 16/5/2016, Thủ tướng Chính phủ ban hành Chỉ thị số 16/CT-TTg, "
        "xác định dân vận là nhiệm vụ của cả hệ thống chính trị.",
        "evidence": "Ngày 16/5/2016, Thủ tướng Chính phủ ban hành Chỉ thị số 16/CT-TTg",
    },
    {
        "lesson": L1,
        "passage": "chi-thi-16",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Chỉ thị 16/CT-TTg yêu cầu cơ quan hành chính nhà nước, chính quyền các cấp làm những việc "
        "nào? (Chọn tất cả đáp án đúng)",
        "options": [
            (
                "Thường xuyên quán triệt chủ trương của Đảng, chính sách, pháp luật của Nhà nước về dân vận",
                34,
            ),
            ("Chủ động xây dựng chương trình, kế hoạch dân vận gắn với nhiệm vụ chuyên môn", 33),
            ("Đề cao vai trò, trách nhiệm của người đứng đầu", 33),
            ("Tách công tác dân vận khỏi nhiệm vụ chuyên môn để giao riêng cho Ban Dân vận", -100),
            ("Giao toàn bộ trách nhiệm dân vận cho tổ chức công đoàn", -100),
        ],
        "explanation": "Chỉ thị yêu cầu ba việc: quán triệt chủ trương, chính sách về dân vận; xây dựng "
        "kế hoạch dân vận gắn với chuyên môn; đề cao vai trò, trách nhiệm của người đứng đầu.",
        "evidence": "chủ động xây dựng chương trình, kế hoạch dân vận gắn với nhiệm vụ chuyên môn",
    },
    {
        "lesson": L1,
        "passage": "dan-van-kem-dan-van-kheo",
        "type": "single",
        "difficulty": "easy",
        "text": "Hoàn chỉnh lời dạy của Chủ tịch Hồ Chí Minh: “Dân vận kém thì việc gì cũng kém, dân vận "
        "khéo thì …”",
        "options": [
            ("việc gì cũng thành công", 100),
            ("việc gì cũng xong", 0),
            ("dân sẽ tự làm theo", 0),
            ("việc gì cũng nhanh", 0),
        ],
        "explanation": "Bài học trích nguyên văn: “Dân vận kém thì việc gì cũng kém, dân vận khéo thì "
        "việc gì cũng thành công”.",
        "evidence": "dân vận khéo thì việc gì cũng thành công",
    },
    {
        "lesson": L1,
        "passage": "y-nghia-chien-luoc",
        "type": "single",
        "difficulty": "easy",
        "text": "Đảng luôn coi công tác dân vận là nhiệm vụ có ý nghĩa như thế nào?",
        "options": [
            ("Có ý nghĩa chiến lược", 100),
            ("Chỉ mang tính thời vụ, theo từng đợt", 0),
            ("Chỉ hỗ trợ cho nhiệm vụ chuyên môn khi cần", 0),
            ("Là việc riêng của ngành dân vận", 0),
        ],
        "explanation": "Theo bài học, Đảng luôn coi dân vận là nhiệm vụ có ý nghĩa chiến lược, bảo đảm sự "
        "lãnh đạo của Đảng và củng cố mối quan hệ máu thịt với Nhân dân.",
        "evidence": "Đảng luôn coi dân vận là nhiệm vụ có ý nghĩa chiến lược",
    },
    {
        "lesson": L1,
        "passage": "y-nghia-chien-luoc",
        "type": "true_false",
        "difficulty": "easy",
        "text": "Trách nhiệm thực hiện công tác dân vận chỉ thuộc về Ban Dân vận các cấp.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Bài học khẳng định trách nhiệm dân vận thuộc về cả hệ thống chính trị: cán "
        "bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên, lực lượng vũ trang.",
        "evidence": "Trách nhiệm dân vận thuộc về cả hệ thống chính trị",
    },
    {
        "lesson": L1,
        "passage": "nguon-bay-viec",
        "type": "single",
        "difficulty": "hard",
        "text": "Bảy việc mấu chốt của người đứng đầu trong công tác dân vận do ai đúc kết từ thực tiễn?",
        "options": [
            ("TS.BS Lê Trí Khải và BSCKI Nguyễn Minh Thành, Sở Y tế tỉnh Kon Tum", 100),
            ("Đồng chí Bùi Minh Quang, Trưởng Ban Dân vận Đảng ủy Khối các cơ quan Trung ương", 0),
            ("Ban Dân vận Tỉnh ủy Bình Phước", 0),
            ("Đảng ủy Sở Công Thương Hà Tĩnh", 0),
        ],
        "explanation": "Bài học ghi rõ bảy việc do TS.BS Lê Trí Khải (Phó Giám đốc Sở Y tế) và BSCKI "
        "Nguyễn Minh Thành (Trưởng phòng Tổ chức cán bộ), Sở Y tế tỉnh Kon Tum, đúc kết.",
        "evidence": "do TS.BS Lê Trí Khải (Phó Giám đốc Sở Y tế) và BSCKI Nguyễn Minh Thành (Trưởng phòng "
        "Tổ chức cán bộ), Sở Y tế tỉnh Kon Tum, đúc kết từ thực tiễn",
    },
    {
        "lesson": L1,
        "passage": "mot-la",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo “Một là”, người đứng đầu cần đặt nhiệm vụ dân vận ngang hàng với nhiệm vụ nào?",
        "options": [
            ("Xây dựng Đảng về chính trị, tư tưởng và tổ chức", 100),
            ("Phát triển kinh tế - xã hội của địa phương", 0),
            ("Bảo đảm quốc phòng, an ninh", 0),
            ("Công tác thi đua, khen thưởng", 0),
        ],
        "explanation": "“Một là” yêu cầu coi dân vận là nhiệm vụ quan trọng, thường xuyên, đặt ngang hàng "
        "với nhiệm vụ xây dựng Đảng về chính trị, tư tưởng và tổ chức.",
        "evidence": "đặt ngang hàng với nhiệm vụ xây dựng Đảng về chính trị, tư tưởng và tổ chức",
    },
    {
        "lesson": L1,
        "passage": "hai-la",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo “Hai là”, người đứng đầu luôn phải “óc nghĩ, mắt nhìn, tai nghe, miệng nói, tay làm, "
        "…”. Cụm từ còn thiếu là gì?",
        "options": [("chân chạy", 100), ("chân đi", 0), ("lòng tin", 0), ("dạ nhớ", 0)],
        "explanation": "Bài học dẫn nguyên văn yêu cầu “óc nghĩ, mắt nhìn, tai nghe, miệng nói, tay làm, "
        "chân chạy” để người đứng đầu bao quát mọi nhiệm vụ của đơn vị.",
        "evidence": "“óc nghĩ, mắt nhìn, tai nghe, miệng nói, tay làm, chân chạy”",
    },
    {
        "lesson": L1,
        "passage": "tam-guong-song",
        "type": "single",
        "difficulty": "easy",
        "text": "Hoàn chỉnh lời dạy của Chủ tịch Hồ Chí Minh về nêu gương: “Một tấm gương sống còn có giá "
        "trị hơn …”",
        "options": [
            ("một trăm bài diễn văn tuyên truyền", 100),
            ("một nghìn lời hứa", 0),
            ("mười bài giảng đạo đức", 0),
            ("một trăm cuộc họp", 0),
        ],
        "explanation": "Lời dạy được bài học trích nguyên văn: “Một tấm gương sống còn có giá trị hơn một "
        "trăm bài diễn văn tuyên truyền”.",
        "evidence": "Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền",
    },
    {
        "lesson": L1,
        "passage": "lam-muc-thuoc",
        "type": "single",
        "difficulty": "hard",
        "text": "Hoàn chỉnh lời dạy của Chủ tịch Hồ Chí Minh: “Muốn hướng dẫn nhân dân, mình phải làm … "
        "cho người ta bắt chước”",
        "options": [("mực thước", 100), ("người thầy", 0), ("đầu tàu", 0), ("người dẫn đường", 0)],
        "explanation": "Nguyên văn lời dạy: “Muốn hướng dẫn nhân dân, mình phải làm mực thước cho người ta "
        "bắt chước”.",
        "evidence": "mình phải làm mực thước cho người ta bắt chước",
    },
    {
        "lesson": L1,
        "passage": "dan-tin-dan-phuc-dan-yeu",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Theo lời dạy của Chủ tịch Hồ Chí Minh, người đảng viên từ việc làm, lời nói cho đến cách "
        "ăn ở phải thế nào cho dân …? (Chọn tất cả đáp án đúng)",
        "options": [("tin", 34), ("phục", 33), ("yêu", 33), ("sợ", -100), ("nể", -100)],
        "explanation": "Lời dạy kết thúc bằng “cho dân tin, dân phục, dân yêu”.",
        "evidence": "phải thế nào cho dân tin, dân phục, dân yêu",
    },
    {
        "lesson": L1,
        "passage": "ba-la",
        "type": "single",
        "difficulty": "medium",
        "text": "UBND tỉnh Kon Tum ban hành quy định tiêu chí đánh giá công tác dân vận của các cơ quan, "
        "đơn vị, tổ chức, doanh nghiệp Nhà nước tại văn bản nào?",
        "options": [
            ("Quyết định số 454/QĐ-UBND ngày 04/5/2018", 100),
            ("Chỉ thị số 16/CT-TTg ngày 16/5/2016", 0),
            ("Quyết định số 290-QĐ/TW ngày 25/2/2010", 0),
            ("Quyết định số 1238-QĐ/TU ngày 5/5/2010", 0),
        ],
        "explanation": "“Ba là” nêu: UBND tỉnh Kon Tum ban hành quy định tiêu chí đánh giá công tác dân vận "
        "tại Quyết định số 454/QĐ-UBND ngày 04/5/2018.",
        "evidence": "Quyết định số 454/QĐ-UBND ngày 04/5/2018",
    },
    {
        "lesson": L1,
        "passage": "ba-la",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Ở Kon Tum, từ khi có quy định tiêu chí đánh giá công tác dân vận, dân vận được xác định "
        "rõ ràng và lượng hóa nên rất thuận lợi khi thực hiện.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. “Ba là” ghi nhận nhờ Quyết định 454/QĐ-UBND, dân vận được xác định rõ ràng "
        "và lượng hóa, nên rất thuận lợi khi thực hiện.",
        "evidence": "dân vận được xác định rõ ràng và lượng hóa, nên rất thuận lợi khi thực hiện",
    },
    {
        "lesson": L1,
        "passage": "bon-la",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Theo “Bốn là”, người đứng đầu phải gắn công tác dân vận với những lĩnh vực nào? (Chọn tất "
        "cả đáp án đúng)",
        "options": [
            ("Quy chế dân chủ ở cơ sở", 50),
            ("Cải cách hành chính", 50),
            ("Công tác đối ngoại", -100),
            ("Bảo đảm quốc phòng, an ninh", -100),
        ],
        "explanation": "“Bốn là” gắn dân vận với Quy chế dân chủ ở cơ sở và cải cách hành chính — ba lĩnh "
        "vực có quan hệ tương hỗ hữu cơ.",
        "evidence": "gắn dân vận với Quy chế dân chủ ở cơ sở và cải cách hành chính",
    },
    {
        "lesson": L1,
        "passage": "nam-la",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo “Năm là”, khi lấy ý kiến góp ý dự thảo văn bản liên quan đến quyền lợi của "
        "CCVC&NLĐ, người đứng đầu cần làm gì?",
        "options": [
            (
                "Lấy ý kiến bằng văn bản, tiếp thu ý kiến xác đáng, giải trình ý kiến không tiếp thu và "
                "thông báo lại bằng văn bản trước khi ban hành",
                100,
            ),
            ("Chỉ cần hỏi ý kiến miệng tại cuộc họp giao ban", 0),
            ("Ban hành văn bản trước, lấy ý kiến sau", 0),
            ("Chỉ lấy ý kiến của cấp ủy, không lấy ý kiến CCVC&NLĐ", 0),
        ],
        "explanation": "“Năm là” yêu cầu lấy ý kiến bằng văn bản, tiếp thu, giải trình và thông báo lại "
        "bằng văn bản trước khi ban hành.",
        "evidence": "lấy ý kiến bằng văn bản, tiếp thu ý kiến xác đáng, giải trình ý kiến không tiếp thu "
        "và thông báo lại bằng văn bản trước khi ban hành",
    },
    {
        "lesson": L1,
        "passage": "sau-la",
        "type": "single",
        "difficulty": "hard",
        "text": "Theo “Sáu là”, Hội nghị cán bộ, CCVC&NLĐ được tổ chức khi nào và do ai đồng chủ trì?",
        "options": [
            ("Tháng 12 hằng năm; bí thư cấp ủy, người đứng đầu và chủ tịch công đoàn cơ sở", 100),
            ("Tháng 6 hằng năm; người đứng đầu và trưởng phòng tổ chức cán bộ", 0),
            ("Hằng quý; chủ tịch công đoàn cơ sở và bí thư đoàn thanh niên", 0),
            ("Tháng 12 hằng năm; một mình người đứng đầu chủ trì", 0),
        ],
        "explanation": "“Sáu là” nêu: tháng 12 hằng năm, bí thư cấp ủy, người đứng đầu và chủ tịch công "
        "đoàn cơ sở đồng chủ trì Hội nghị cán bộ, CCVC&NLĐ.",
        "evidence": "tháng 12 hằng năm, bí thư cấp ủy, người đứng đầu và chủ tịch công đoàn cơ sở đồng chủ "
        "trì Hội nghị cán bộ, CCVC&NLĐ",
    },
    {
        "lesson": L1,
        "passage": "sau-la",
        "type": "true_false",
        "difficulty": "easy",
        "text": "Theo “Sáu là”, người đứng đầu giao ban hằng quý với các đơn vị thuộc và trực thuộc.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. “Sáu là” yêu cầu giao ban hằng tháng, không phải hằng quý.",
        "evidence": "giao ban hằng tháng với các đơn vị thuộc và trực thuộc",
    },
    {
        "lesson": L1,
        "passage": "bay-la",
        "type": "multiple",
        "difficulty": "easy",
        "text": "“Bảy là” yêu cầu người đứng đầu làm những việc nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Khen thưởng kịp thời, biểu dương tập thể, cá nhân làm tốt dân vận", 50),
            ("Xử lý nghiêm người chây ì, vi phạm quy định, làm ảnh hưởng uy tín của cơ quan", 50),
            ("Bỏ qua vi phạm để giữ đoàn kết nội bộ", -100),
            ("Chỉ khen thưởng vào dịp tổng kết nhiệm kỳ", -100),
        ],
        "explanation": "“Bảy là”: khen thưởng kịp thời những người làm tốt và xử lý nghiêm minh người chây "
        "ì, vi phạm.",
        "evidence": "biểu dương tập thể, cá nhân làm tốt dân vận; xử lý nghiêm người chây ì, vi phạm quy định",
    },
    {
        "lesson": L1,
        "passage": "muc-tieu-dan-van-nguyen-van",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Những nội dung nào thuộc mục tiêu công tác dân vận của Đảng được nêu trong bài học? "
        "(Chọn tất cả đáp án đúng)",
        "options": [
            ("Củng cố vững chắc lòng tin của Nhân dân đối với Đảng", 34),
            ("Tăng cường khối đại đoàn kết toàn dân tộc và mối quan hệ máu thịt giữa Đảng với Nhân dân", 33),
            ("Tập hợp, vận động Nhân dân thực hiện chủ trương, chính sách, pháp luật", 33),
            ("Để các đoàn thể thay thế vai trò quản lý của Nhà nước", -100),
        ],
        "explanation": "Bài học liệt kê bốn mục tiêu: củng cố lòng tin của Nhân dân với Đảng; tăng cường "
        "đại đoàn kết và quan hệ máu thịt; tập hợp, vận động Nhân dân; phát huy sức mạnh của Nhân dân.",
        "evidence": "Củng cố vững chắc lòng tin của nhân dân đối với Đảng",
    },
    # ── Bài 2: Dân vận trong đảng bộ cơ quan nhà nước ở Trung ương ─────────────────────────────
    {
        "lesson": L2,
        "passage": "cuoc-khao-sat",
        "type": "single",
        "difficulty": "easy",
        "text": "Tổ Biên tập xây dựng Nghị quyết của Đảng ủy Khối khảo sát tại Đảng bộ Bộ Giao thông vận "
        "tải vào ngày nào?",
        "options": [("19/9/2016", 100), ("16/5/2016", 0), ("12/12/2013", 0), ("26/11/2021", 0)],
        "explanation": "Bài học nêu: ngày 19/9/2016, tại Hà Nội, Tổ Biên tập khảo sát tại Đảng bộ Bộ Giao "
        "thông vận tải.",
        "evidence": "Ngày 19/9/2016, tại Hà Nội, Tổ Biên tập xây dựng Nghị quyết của Đảng ủy Khối khảo sát "
        "tại Đảng bộ Bộ Giao thông vận tải",
    },
    {
        "lesson": L2,
        "passage": "cuoc-khao-sat",
        "type": "single",
        "difficulty": "medium",
        "text": "Cùng với đồng chí Bùi Minh Quang, ai chủ trì buổi làm việc khảo sát tại Đảng bộ Bộ Giao "
        "thông vận tải?",
        "options": [
            ("Đồng chí Nguyễn Ngọc Đông, Bí thư Đảng ủy, Thứ trưởng Bộ Giao thông vận tải", 100),
            ("TS.BS Lê Trí Khải, Phó Giám đốc Sở Y tế tỉnh Kon Tum", 0),
            ("BSCKI Nguyễn Minh Thành, Trưởng phòng Tổ chức cán bộ Sở Y tế tỉnh Kon Tum", 0),
            ("Trưởng Ban Dân vận Tỉnh ủy Bình Phước", 0),
        ],
        "explanation": "Buổi làm việc do đồng chí Bùi Minh Quang và đồng chí Nguyễn Ngọc Đông (Bí thư Đảng "
        "ủy, Thứ trưởng Bộ Giao thông vận tải) chủ trì.",
        "evidence": "Nguyễn Ngọc Đông (Bí thư Đảng ủy, Thứ trưởng Bộ Giao thông vận tải) chủ trì",
    },
    {
        "lesson": L2,
        "passage": "khau-dot-pha",
        "type": "single",
        "difficulty": "hard",
        "text": "Nâng cao hiệu quả dân vận của đảng bộ các cơ quan nhà nước là một trong bao nhiêu khâu đột "
        "phá do Nghị quyết Đại hội đại biểu Đảng bộ Khối khóa XII đề ra?",
        "options": [
            ("4 khâu đột phá", 100),
            ("3 khâu đột phá", 0),
            ("5 khâu đột phá", 0),
            ("6 khâu đột phá", 0),
        ],
        "explanation": "Đây là một trong 4 khâu đột phá do Nghị quyết Đại hội đại biểu Đảng bộ Khối khóa "
        "XII, nhiệm kỳ 2015-2020 đề ra; con số 3 là các đột phá chiến lược của Đại hội XI, XII của Đảng.",
        "evidence": "một trong 4 khâu đột phá do Nghị quyết Đại hội đại biểu Đảng bộ Khối khóa XII",
    },
    {
        "lesson": L2,
        "passage": "khau-dot-pha",
        "type": "true_false",
        "difficulty": "easy",
        "text": "Nghị quyết về nâng cao hiệu quả dân vận của đảng bộ các cơ quan nhà nước góp phần xây dựng "
        "Nhà nước kiến tạo, phát triển.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Bài học nêu Nghị quyết này góp phần xây dựng Nhà nước kiến tạo, phát triển, "
        "nâng cao hiệu lực, hiệu quả quản lý nhà nước.",
        "evidence": "Nghị quyết này góp phần xây dựng Nhà nước kiến tạo, phát triển",
    },
    {
        "lesson": L2,
        "passage": "sau-noi-dung",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Những nội dung nào nằm trong 6 nội dung thảo luận do đồng chí Bùi Minh Quang định hướng? "
        "(Chọn tất cả đáp án đúng)",
        "options": [
            ("Thực hiện đầy đủ các nội dung dân chủ trong hoạt động của cơ quan, đơn vị", 34),
            ("Xác định và tổ chức thực hiện mô hình dân vận", 33),
            ("Tăng cường kiểm tra, giám sát việc thực hiện dân chủ và nhiệm vụ dân vận", 33),
            ("Thu hẹp hoạt động của các đoàn thể trong cơ quan", -100),
            ("Giảm số cán bộ, đảng viên tham gia công tác dân vận", -100),
        ],
        "explanation": "Trong 6 nội dung có: thực hiện đầy đủ dân chủ; xác định và tổ chức thực hiện mô hình "
        "dân vận; tăng cường kiểm tra, giám sát. Không có nội dung thu hẹp đoàn thể hay giảm người "
        "làm dân vận.",
        "evidence": "Xác định và tổ chức thực hiện mô hình dân vận",
    },
    {
        "lesson": L2,
        "passage": "sau-noi-dung",
        "type": "single",
        "difficulty": "medium",
        "text": "Trong 6 nội dung thảo luận, việc nâng cao năng lực phục vụ Nhân dân của bộ máy nhà nước "
        "gắn với vận động mọi người nêu cao điều gì?",
        "options": [
            ("Đạo đức công vụ", 100),
            ("Thành tích thi đua cá nhân", 0),
            ("Chỉ tiêu tăng trưởng kinh tế", 0),
            ("Quyền lợi riêng của từng đơn vị", 0),
        ],
        "explanation": "Nội dung thứ hai yêu cầu vận động mọi người nêu cao đạo đức công vụ, sửa đổi lối "
        "làm việc, làm nhiệm vụ với tinh thần phục vụ.",
        "evidence": "vận động mọi người nêu cao đạo đức công vụ, sửa đổi lối làm việc",
    },
    {
        "lesson": L2,
        "passage": "lanh-dao-chi-dao",
        "type": "single",
        "difficulty": "hard",
        "text": "Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị, được Đảng ủy Bộ Giao thông vận tải "
        "triển khai, ban hành ngày nào?",
        "options": [("12/12/2013", 100), ("14/7/2015", 0), ("25/2/2010", 0), ("19/9/2016", 0)],
        "explanation": "Bài học nêu Đảng ủy Bộ triển khai Quyết định 217-QĐ/TW và 218-QĐ/TW ngày "
        "12/12/2013 của Bộ Chính trị.",
        "evidence": "Quyết định 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
    },
    {
        "lesson": L2,
        "passage": "phan-cong-phu-trach",
        "type": "single",
        "difficulty": "hard",
        "text": "Nhiệm kỳ 2015-2020, Đảng ủy Bộ Giao thông vận tải phân công ai phụ trách công tác dân vận, "
        "đoàn thể?",
        "options": [
            ("01 đồng chí Ủy viên Ban Cán sự đảng, Ủy viên Ban Thường vụ Đảng ủy Bộ", 100),
            ("Trưởng Ban Dân vận Đảng ủy Khối các cơ quan Trung ương", 0),
            ("Chủ tịch Công đoàn ngành", 0),
            ("Bí thư Đoàn Thanh niên của Bộ", 0),
        ],
        "explanation": "Giai đoạn 2010-2015, Đảng ủy Bộ phân công 01 đồng chí thứ trưởng; nhiệm kỳ "
        "2015-2020, Đảng ủy Bộ phân công 01 đồng chí Ủy viên Ban Cán sự đảng, Ủy viên Ban Thường vụ Đảng ủy "
        "Bộ phụ trách công tác dân vận, đoàn thể.",
        "evidence": "nhiệm kỳ 2015-2020, Đảng ủy Bộ phân công 01 đồng chí Ủy viên Ban Cán sự đảng, Ủy viên Ban "
        "Thường vụ Đảng ủy Bộ",
    },
    {
        "lesson": L2,
        "passage": "cai-cach-hanh-chinh",
        "type": "single",
        "difficulty": "easy",
        "text": "Từ năm 2010, Bộ Giao thông vận tải đã cắt giảm bao nhiêu thủ tục hành chính?",
        "options": [
            ("77 thủ tục (đạt 14,8%)", 100),
            ("228 thủ tục (đạt 42,8%)", 0),
            ("560 thủ tục", 0),
            ("47 thủ tục (đạt 4,8%)", 0),
        ],
        "explanation": "Bộ đã cắt giảm 77 thủ tục (đạt 14,8%); 228 là số thủ tục được đơn giản hóa, còn 560 "
        "là số dịch vụ công trực tuyến.",
        "evidence": "cắt giảm 77 thủ tục (đạt 14,8%)",
    },
    {
        "lesson": L2,
        "passage": "so-lieu-cai-cach",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Những số liệu nào về cải cách hành chính của Bộ Giao thông vận tải (tính từ năm 2010) là "
        "đúng? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Đơn giản hóa 228 thủ tục, đạt 42,8%", 50),
            ("Công bố danh mục 560 dịch vụ công trực tuyến", 50),
            ("Cắt giảm 228 thủ tục hành chính", -100),
            ("Công bố danh mục 77 dịch vụ công trực tuyến", -100),
        ],
        "explanation": "Bộ cắt giảm 77 thủ tục, đơn giản hóa 228 thủ tục và công bố 560 dịch vụ công trực "
        "tuyến; các phương án hoán đổi con số là sai.",
        "evidence": "Công bố danh mục 560 dịch vụ công trực tuyến.",
    },
    {
        "lesson": L2,
        "passage": "cai-cach-hanh-chinh",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Theo công bố của Bộ Nội vụ, Bộ Giao thông vận tải đứng thứ nhất bảng xếp hạng Chỉ số cải "
        "cách hành chính cấp bộ năm 2012.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Năm 2012 Bộ đứng thứ tư; Bộ đứng thứ nhất các năm 2013, 2014, 2015.",
        "evidence": "đứng thứ tư năm 2012 và thứ nhất các năm 2013, 2014, 2015",
    },
    {
        "lesson": L2,
        "passage": "an-sinh-xa-hoi",
        "type": "single",
        "difficulty": "medium",
        "text": "Tổng chi cho các hoạt động an sinh xã hội của ngành Giao thông vận tải được nêu trong bài "
        "học là bao nhiêu?",
        "options": [
            ("Trên 85 tỷ đồng", 100),
            ("Trên 58 tỷ đồng", 0),
            ("Khoảng 8,5 tỷ đồng", 0),
            ("Trên 850 tỷ đồng", 0),
        ],
        "explanation": "Sau khi liệt kê nhà mái ấm, nhà tình nghĩa, quà, sổ tiết kiệm, học bổng, bài học "
        "nêu tổng chi trên 85 tỷ đồng.",
        "evidence": "Tổng chi trên 85 tỷ đồng.",
    },
    {
        "lesson": L2,
        "passage": "dan-ung-ho-ha-tang",
        "type": "single",
        "difficulty": "medium",
        "text": "Trong hơn 5 năm thực hiện Nghị quyết 13-NQ/TW về kết cấu hạ tầng đồng bộ, ngành Giao "
        "thông vận tải hoàn thành bao nhiêu công trình hạ tầng giao thông lớn?",
        "options": [
            ("Hơn 300 công trình", 100),
            ("Hơn 30 công trình", 0),
            ("Hơn 3.000 công trình", 0),
            ("Hơn 560 công trình", 0),
        ],
        "explanation": "Bài học nêu trong hơn 5 năm ngành hoàn thành hơn 300 công trình hạ tầng giao thông "
        "lớn, được Nhân dân ủng hộ nhờ làm tốt dân vận.",
        "evidence": "hoàn thành hơn 300 công trình hạ tầng giao thông lớn",
    },
    {
        "lesson": L2,
        "passage": "dan-chu-co-so",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Theo bài học, thực hiện tốt quy chế dân chủ ở Bộ Giao thông vận tải góp phần ngăn chặn, "
        "đẩy lùi biểu hiện tiêu cực, thực hành tiết kiệm, chống tham nhũng, lãng phí.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Bài viết đánh giá thực hiện tốt quy chế dân chủ đã tạo sự gắn bó, đồng thuận, "
        "phát huy quyền làm chủ và góp phần ngăn chặn, đẩy lùi biểu hiện tiêu cực, chống tham nhũng, lãng "
        "phí.",
        "evidence": "thực hiện tốt quy chế dân chủ đã tạo sự gắn bó, đồng thuận",
    },
    {
        "lesson": L2,
        "passage": "kien-nghi",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Đảng ủy Bộ Giao thông vận tải đã kiến nghị những nội dung nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Xem xét luật hóa cơ chế, quy chế về dân chủ ở cơ sở", 34),
            ("Nơi không lập ban dân vận của cấp ủy thì giao 01 ban tham mưu khác của cấp ủy đảm nhiệm", 33),
            ("Dân vận phải lan tỏa trong cả hệ thống, liên kết bộ, ngành với địa phương", 33),
            ("Dân vận chỉ nên thực hiện khép kín trong từng cơ quan", -100),
            ("Bãi bỏ quy chế dân chủ ở cơ sở trong cơ quan Trung ương", -100),
        ],
        "explanation": "Đảng ủy Bộ kiến nghị luật hóa dân chủ ở cơ sở, giao 01 ban tham mưu khác nơi không "
        "có ban dân vận, và để dân vận lan tỏa trong cả hệ thống, không dừng trong mỗi cơ quan.",
        "evidence": "cơ chế, quy chế về dân chủ ở cơ sở nên xem xét luật hóa",
    },
    {
        "lesson": L2,
        "passage": "ket-luan-khao-sat",
        "type": "single",
        "difficulty": "easy",
        "text": "Kết luận buổi khảo sát, đồng chí Bùi Minh Quang đề nghị lấy mục đích nào là mục đích quan "
        "trọng hàng đầu?",
        "options": [
            ("Phục vụ Nhân dân", 100),
            ("Hoàn thành chỉ tiêu tăng trưởng", 0),
            ("Tăng số lượng mô hình dân vận", 0),
            ("Tinh giản biên chế", 0),
        ],
        "explanation": "Đồng chí Bùi Minh Quang đề nghị lấy mục đích phục vụ Nhân dân là mục đích quan trọng "
        "hàng đầu.",
        "evidence": "lấy mục đích phục vụ Nhân dân là mục đích quan trọng hàng đầu",
    },
    # ── Bài 3: “Công tác dân vận phải đi trước một bước”: 5 năm thực hiện Kết luận 114-KL/TW ──────
    {
        "lesson": L3,
        "passage": "ket-luan-114",
        "type": "single",
        "difficulty": "easy",
        "text": "Kết luận số 114-KL/TW về nâng cao hiệu quả công tác dân vận của các cơ quan nhà nước các "
        "cấp do cơ quan nào ban hành?",
        "options": [
            ("Ban Bí thư Trung ương Đảng (khóa XI)", 100),
            ("Bộ Chính trị (khóa XII)", 0),
            ("Thủ tướng Chính phủ", 0),
            ("Ban Chấp hành Đảng bộ Khối các cơ quan Trung ương", 0),
        ],
        "explanation": "Bài học nêu Kết luận số 114-KL/TW là của Ban Bí thư Trung ương Đảng (khóa XI).",
        "evidence": "Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng (khóa XI)",
    },
    {
        "lesson": L3,
        "passage": "ket-luan-114",
        "type": "single",
        "difficulty": "medium",
        "text": "Bài viết “Công tác dân vận phải đi trước một bước” nhìn lại kết quả thực hiện Kết luận "
        "114-KL/TW trong giai đoạn nào?",
        "options": [
            ("5 năm (2015-2020)", 100),
            ("10 năm (2010-2020)", 0),
            ("5 năm (2016-2021)", 0),
            ("3 năm (2017-2020)", 0),
        ],
        "explanation": "Bài viết minh chứng lời dạy của Bác bằng kết quả 5 năm (2015-2020) thực hiện Kết "
        "luận 114-KL/TW.",
        "evidence": "5 năm (2015-2020) thực hiện Kết luận số 114-KL/TW",
    },
    {
        "lesson": L3,
        "passage": "chuyen-bien",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Những chuyển biến nào sau 5 năm thực hiện Kết luận 114-KL/TW được bài học nêu? (Chọn tất "
        "cả đáp án đúng)",
        "options": [
            ("Vai trò người đứng đầu và thái độ phục vụ Nhân dân của cán bộ ngày càng tốt hơn", 34),
            ("Chính quyền phối hợp chặt chẽ hơn với Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể", 33),
            ("Phòng, chống tham nhũng, cải cách thủ tục hành chính chuyển biến tích cực", 33),
            ("Chính quyền giảm phối hợp với Mặt trận Tổ quốc để tự chủ hơn", -100),
            ("Các vấn đề bức xúc của Nhân dân được gác lại để tập trung cho kinh tế", -100),
        ],
        "explanation": "Bài học liệt kê các chuyển biến: người đứng đầu và thái độ phục vụ tốt hơn, phối hợp "
        "chặt chẽ hơn với Mặt trận, phòng chống tham nhũng và cải cách thủ tục chuyển biến tích cực, "
        "vấn đề bức xúc được quan tâm giải quyết.",
        "evidence": "vai trò của người đứng đầu và thái độ phục vụ Nhân dân của cán bộ, công chức, viên chức "
        "ngày càng tốt hơn",
    },
    {
        "lesson": L3,
        "passage": "co-che-va-phong-cach",
        "type": "single",
        "difficulty": "easy",
        "text": "Trong lãnh đạo, điều hành, cấp ủy và chính quyền tỉnh chú trọng bảo đảm cơ chế nào?",
        "options": [
            ("“Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ”", 100),
            ("Cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập", 0),
            ("Cơ chế khoán chi hành chính", 0),
            ("Cơ chế đặc thù về đầu tư công", 0),
        ],
        "explanation": "Bài học nêu cấp ủy và chính quyền chú trọng bảo đảm cơ chế “Đảng lãnh đạo, Nhà nước "
        "quản lý, Nhân dân làm chủ”; các cơ chế kia là cơ chế tài chính, đầu tư mà bài không nhắc đến.",
        "evidence": "cơ chế “Đảng lãnh đạo, Nhà nước quản lý, Nhân dân làm chủ”",
    },
    {
        "lesson": L3,
        "passage": "co-che-va-phong-cach",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Ủy ban nhân dân tỉnh yêu cầu chỉ làm dân vận ở khâu tổ chức thực hiện, sau khi chính sách "
        "đã được ban hành.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Ủy ban nhân dân tỉnh yêu cầu làm dân vận từ khâu xây dựng chủ trương, chính "
        "sách cho đến khâu tổ chức thực hiện.",
        "evidence": "từ khâu xây dựng chủ trương, chính sách cho đến khâu tổ chức thực hiện",
    },
    {
        "lesson": L3,
        "passage": "co-che-va-phong-cach",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Theo bài học, đội ngũ cán bộ, công chức, viên chức cần được xây dựng với những phẩm chất "
        "nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Hiểu dân", 25),
            ("Học dân", 25),
            ("Có trách nhiệm với dân", 25),
            ("Trọng dân", 25),
            ("Quyết thay dân", -100),
            ("Làm thay dân", -100),
        ],
        "explanation": "Bài học nêu yêu cầu xây dựng đội ngũ “trọng dân, gần dân, hiểu dân, học dân và có "
        "trách nhiệm với dân”.",
        "evidence": "“trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”",
    },
    {
        "lesson": L3,
        "passage": "mo-hinh-dien-hinh",
        "type": "single",
        "difficulty": "easy",
        "text": "Sau 5 năm thực hiện Kết luận 114-KL/TW, các cấp, các ngành trong tỉnh đã xây dựng được bao "
        "nhiêu mô hình tập thể “Dân vận khéo”?",
        "options": [("2.668 mô hình", 100), ("2.866 mô hình", 0), ("913 mô hình", 0), ("1.132 mô hình", 0)],
        "explanation": "Bài học nêu các cấp, các ngành trong tỉnh đã xây dựng được 2.668 mô hình tập thể "
        "“Dân vận khéo”.",
        "evidence": "đã xây dựng được 2.668 mô hình tập thể",
    },
    {
        "lesson": L3,
        "passage": "mo-hinh-dien-hinh",
        "type": "single",
        "difficulty": "medium",
        "text": "Lĩnh vực nào có nhiều mô hình và điển hình “Dân vận khéo” nhất?",
        "options": [
            ("Xây dựng hệ thống chính trị", 100),
            ("Văn hóa - xã hội", 0),
            ("Quốc phòng - an ninh", 0),
            ("Phát triển kinh tế", 0),
        ],
        "explanation": "Xây dựng hệ thống chính trị có 913 mô hình, 1.132 điển hình — lĩnh vực có nhiều mô "
        "hình và điển hình nhất.",
        "evidence": "xây dựng hệ thống chính trị: 913 mô hình, 1.132 điển hình — lĩnh vực có nhiều mô hình "
        "và điển hình nhất",
    },
    {
        "lesson": L3,
        "passage": "so-lieu-dan-van-kheo",
        "type": "single",
        "difficulty": "hard",
        "text": "Lĩnh vực văn hóa - xã hội có bao nhiêu mô hình tập thể và điển hình cá nhân “Dân vận khéo”?",
        "options": [
            ("721 mô hình, 24 điển hình", 100),
            ("472 mô hình, 40 điển hình", 0),
            ("562 mô hình, 498 điển hình", 0),
            ("721 mô hình, 240 điển hình", 0),
        ],
        "explanation": "Văn hóa - xã hội: 721 mô hình, 24 điển hình; 472/40 là phát triển kinh tế, 562/498 "
        "là quốc phòng - an ninh.",
        "evidence": "Văn hóa - xã hội: 721 mô hình, 24 điển hình.",
    },
    {
        "lesson": L3,
        "passage": "so-lieu-dan-van-kheo",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Lĩnh vực quốc phòng - an ninh có 913 mô hình “Dân vận khéo”, nhiều nhất trong các lĩnh vực.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Quốc phòng - an ninh có 562 mô hình, 498 điển hình; con số 913 mô hình thuộc "
        "lĩnh vực xây dựng hệ thống chính trị.",
        "evidence": "Quốc phòng - an ninh: 562 mô hình, 498 điển hình.",
    },
    {
        "lesson": L3,
        "passage": "ten-mo-hinh",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Những mô hình, diễn đàn nào được bài viết “Công tác dân vận phải đi trước một bước” nêu tên "
        "là tiêu biểu? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Mô hình “Công chức xin lỗi dân khi trễ hẹn”", 34),
            ("Diễn đàn “Nghe dân nói, nói dân nghe, giúp dân hiểu, làm dân tin”", 33),
            ("Mô hình “Chính quyền thân thiện”", 33),
            ("Phong trào “Cả tỉnh chung sức xây dựng tỉnh Hà Tĩnh đạt chuẩn nông thôn mới”", -100),
            ("Trang Thông tin điện tử tổng hợp Ban Dân vận Tỉnh ủy", -100),
        ],
        "explanation": "Bài viết nêu tên các mô hình “Chính quyền thân thiện”, “Công chức xin lỗi dân khi "
        "trễ hẹn” và diễn đàn “Nghe dân nói, nói dân nghe, giúp dân hiểu, làm dân tin”, cùng nhiều phong "
        "trào khác. Phong trào của tỉnh Hà Tĩnh và trang thông tin điện tử của Ban Dân vận Tỉnh ủy thuộc "
        "các bài học khác.",
        "evidence": "“Công chức xin lỗi dân khi trễ hẹn”; diễn đàn “Nghe dân nói, nói dân nghe, giúp dân hiểu, "
        "làm dân tin”",
    },
    {
        "lesson": L3,
        "passage": "van-ban-trong-tam",
        "type": "single",
        "difficulty": "hard",
        "text": "Kết luận số 43-KL/TW của Ban Bí thư Trung ương Đảng (khóa XII) là về tiếp tục thực hiện văn "
        "bản nào?",
        "options": [
            ("Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI)", 100),
            ("Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ", 0),
            ("Quyết định số 290-QĐ/TW của Bộ Chính trị", 0),
            ("Kết luận số 114-KL/TW của Ban Bí thư", 0),
        ],
        "explanation": "Kết luận 43-KL/TW (cùng Kế hoạch 158-KH/TU của tỉnh) là về tiếp tục thực hiện Nghị "
        "quyết số 25-NQ/TW (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân "
        "vận.",
        "evidence": "về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI)",
    },
    {
        "lesson": L3,
        "passage": "van-ban-trong-tam",
        "type": "single",
        "difficulty": "hard",
        "text": "Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về dân vận của cơ quan nhà nước các cấp được "
        "ban hành ngày nào?",
        "options": [("26/11/2015", 100), ("26/11/2021", 0), ("14/7/2015", 0), ("19/6/2018", 0)],
        "explanation": "Bài học nêu Chỉ thị số 03-CT/TU ngày 26/11/2015 của Ban Thường vụ Tỉnh ủy; ngày "
        "19/6/2018 là của Công văn 1213-CV/TU.",
        "evidence": "Chỉ thị số 03-CT/TU ngày 26/11/2015 của Ban Thường vụ Tỉnh ủy",
    },
    {
        "lesson": L3,
        "passage": "viec-can-lam",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Việc đối thoại với Nhân dân và tiếp xúc Nhân dân của người đứng đầu cấp ủy, chính quyền "
        "được thực hiện theo những văn bản nào của Bộ Chính trị? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Quyết định số 218-QĐ/TW", 50),
            ("Quy định số 11-QĐi/TW", 50),
            ("Quyết định số 454/QĐ-UBND", -100),
            ("Chỉ thị số 33/CT-TTg", -100),
        ],
        "explanation": "Đối thoại giữa người đứng đầu với Nhân dân theo Quyết định số 218-QĐ/TW; tiếp xúc "
        "Nhân dân, sâu sát cơ sở theo Quy định số 11-QĐi/TW, đều của Bộ Chính trị.",
        "evidence": "tăng cường đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân theo Quyết "
        "định số 218-QĐ/TW của Bộ Chính trị",
    },
    {
        "lesson": L3,
        "passage": "viec-can-lam",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo bài học, các vụ khiếu kiện đông người, vượt cấp, kéo dài cần được xử lý thế nào?",
        "options": [
            ("Khẩn trương, dứt điểm, không để thành điểm nóng", 100),
            ("Chờ hết nhiệm kỳ rồi xem xét", 0),
            ("Chuyển toàn bộ lên cấp Trung ương giải quyết", 0),
            ("Chỉ ghi nhận, không cần trả lời", 0),
        ],
        "explanation": "Một trong những việc cần làm tiếp theo là xử lý khẩn trương, dứt điểm các vụ khiếu "
        "kiện đông người, vượt cấp, kéo dài, không để thành điểm nóng.",
        "evidence": "xử lý khẩn trương, dứt điểm các vụ khiếu kiện đông người, vượt cấp, kéo dài, không để "
        "thành điểm nóng",
    },
    {
        "lesson": L3,
        "passage": "viec-can-lam",
        "type": "true_false",
        "difficulty": "easy",
        "text": "Bài học khuyến khích nhân rộng mô hình hay, lập thành tích chào mừng Đại hội Đảng bộ tỉnh "
        "lần thứ XIV, nhiệm kỳ 2020-2025.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Việc cần làm cuối cùng gắn “Dân vận khéo” với lập thành tích chào mừng Đại "
        "hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020-2025.",
        "evidence": "nhân rộng mô hình hay, lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm "
        "kỳ 2020-2025",
    },
    # ── Bài 4: Dân vận ở một sở chuyên ngành (Sở Công Thương Hà Tĩnh) ───────────────────────────
    {
        "lesson": L4,
        "passage": "tuyen-truyen",
        "type": "single",
        "difficulty": "easy",
        "text": "Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân "
        "vận của cơ quan hành chính nhà nước, chính quyền các cấp được ban hành ngày nào?",
        "options": [("26/11/2021", 100), ("16/5/2016", 0), ("14/7/2015", 0), ("26/5/2022", 0)],
        "explanation": "Sở Công Thương Hà Tĩnh quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng "
        "Chính phủ.",
        "evidence": "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
    },
    {
        "lesson": L4,
        "passage": "tuyen-truyen",
        "type": "single",
        "difficulty": "medium",
        "text": "Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả dân vận của cơ quan nhà nước các "
        "cấp được ban hành ngày nào?",
        "options": [("14/7/2015", 100), ("26/11/2015", 0), ("15/5/2016", 0), ("18/5/2021", 0)],
        "explanation": "Bài học nêu Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư.",
        "evidence": "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư",
    },
    {
        "lesson": L4,
        "passage": "dan-van-kheo-tai-so",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Sở Công Thương Hà Tĩnh bồi dưỡng khả năng vận động Nhân dân cho những ai? (Chọn tất cả đáp "
        "án đúng)",
        "options": [
            ("Cán bộ trực bộ phận một cửa tại Trung tâm Phục vụ hành chính công tỉnh", 34),
            ("Cán bộ văn thư, tổ chức cán bộ", 33),
            ("Cán bộ thanh tra, kế toán", 33),
            ("Chỉ riêng lãnh đạo Sở", -100),
            ("Chỉ những người không tiếp xúc với tổ chức, cá nhân", -100),
        ],
        "explanation": "Sở bồi dưỡng cho người thường xuyên tiếp xúc với tổ chức, cá nhân: cán bộ một cửa, "
        "văn thư, tổ chức cán bộ, thanh tra, kế toán.",
        "evidence": "cán bộ trực bộ phận một cửa tại Trung tâm Phục vụ hành chính công tỉnh, văn thư, tổ chức "
        "cán bộ, thanh tra, kế toán",
    },
    {
        "lesson": L4,
        "passage": "phong-trao-gan-ket",
        "type": "single",
        "difficulty": "medium",
        "text": "Lồng ghép “Dân vận khéo” với phong trào thi đua đặc biệt phòng, chống COVID-19 góp phần "
        "thực hiện mục tiêu nào?",
        "options": [
            ("“Mục tiêu kép”: vừa chống dịch vừa phục hồi, phát triển kinh tế - xã hội", 100),
            ("Chỉ tập trung chống dịch, tạm dừng phát triển kinh tế", 0),
            ("Chỉ phục hồi kinh tế, nới lỏng chống dịch", 0),
            ("Cắt giảm toàn bộ thủ tục hành chính trong thời gian dịch", 0),
        ],
        "explanation": "Bài học nêu phong trào góp phần thực hiện “mục tiêu kép” vừa chống dịch vừa phục "
        "hồi, phát triển kinh tế - xã hội.",
        "evidence": "“mục tiêu kép” vừa chống dịch vừa phục hồi, phát triển kinh tế - xã hội",
    },
    {
        "lesson": L4,
        "passage": "kenh-tiep-nhan",
        "type": "single",
        "difficulty": "medium",
        "text": "Ở Sở Công Thương Hà Tĩnh, bộ phận tiếp công dân là đơn vị nào?",
        "options": [
            ("Thanh tra Sở", 100),
            ("Văn phòng Sở", 0),
            ("Trung tâm Khuyến công và Xúc tiến thương mại", 0),
            ("Công đoàn ngành Công Thương", 0),
        ],
        "explanation": "Bài học nêu bộ phận tiếp công dân của Sở là Thanh tra Sở.",
        "evidence": "bộ phận tiếp công dân là Thanh tra Sở",
    },
    {
        "lesson": L4,
        "passage": "kenh-tiep-nhan",
        "type": "multiple",
        "difficulty": "easy",
        "text": "Người dân có thể góp ý cho Sở Công Thương Hà Tĩnh qua những kênh nào? (Chọn tất cả đáp án "
        "đúng)",
        "options": [
            ("Hòm thư góp ý", 34),
            ("Phòng tiếp công dân", 33),
            ("Chuyên mục kiến nghị, phản ánh trên trang socongthuong.hatinh.gov.vn", 33),
            ("Chỉ qua điện thoại riêng của Giám đốc Sở", -100),
        ],
        "explanation": "Kênh góp ý gồm hòm thư góp ý, phòng tiếp công dân, Thanh tra Sở và chuyên mục kiến "
        "nghị, phản ánh trên trang socongthuong.hatinh.gov.vn.",
        "evidence": "hòm thư góp ý; phòng tiếp công dân",
    },
    {
        "lesson": L4,
        "passage": "cai-cach-hanh-chinh",
        "type": "single",
        "difficulty": "medium",
        "text": "Sở Công Thương Hà Tĩnh dùng dịch vụ nào để chuyển trả hồ sơ cho tổ chức, cá nhân?",
        "options": [
            ("Dịch vụ bưu chính công ích", 100),
            ("Nhóm Zalo của Sở", 0),
            ("Chỉ trả trực tiếp tại trụ sở Sở", 0),
            ("Hòm thư góp ý", 0),
        ],
        "explanation": "Trong cải cách hành chính, Sở dùng dịch vụ bưu chính công ích để chuyển trả hồ sơ.",
        "evidence": "dùng dịch vụ bưu chính công ích để chuyển trả hồ sơ",
    },
    {
        "lesson": L4,
        "passage": "cai-cach-hanh-chinh",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Từ đầu năm viết bài đến thời điểm viết, Sở Công Thương Hà Tĩnh nhận được nhiều phản ánh, "
        "kiến nghị về quy định thủ tục hành chính thuộc thẩm quyền của Sở.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Bài học nêu từ đầu năm viết bài (bài không ghi năm, được viết từ năm 2023) đến "
        "thời điểm viết, Sở không có phản ánh, kiến nghị nào về quy định thủ tục hành chính thuộc thẩm "
        "quyền của Sở.",
        "evidence": "không có phản ánh, kiến nghị nào về quy định thủ tục hành chính thuộc thẩm quyền của Sở",
    },
    {
        "lesson": L4,
        "passage": "cong-doan-doan-the",
        "type": "single",
        "difficulty": "hard",
        "text": "Công đoàn ngành Công Thương Hà Tĩnh tổ chức đối thoại gián tiếp với người lao động bằng "
        "hình thức nào?",
        "options": [
            ("Thùng thư đặt tại cổng đơn vị, rồi trả lời xác đáng khi đối thoại trực tiếp", 100),
            ("Hội nghị trực tuyến hằng tháng", 0),
            ("Các nhóm Zalo đến tận cơ sở", 0),
            ("Phiếu khảo sát trên trang thông tin điện tử của Sở", 0),
        ],
        "explanation": "Đối thoại gián tiếp được tổ chức bằng thùng thư đặt tại cổng đơn vị; câu trả lời "
        "được đưa ra khi đối thoại trực tiếp.",
        "evidence": "đối thoại gián tiếp bằng thùng thư đặt tại cổng đơn vị, rồi trả lời xác đáng khi đối "
        "thoại trực tiếp",
    },
    {
        "lesson": L4,
        "passage": "han-che",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo bài học, hạn chế của đối thoại trực tiếp ở Sở Công Thương Hà Tĩnh là gì?",
        "options": [
            ("Còn nặng về biện pháp áp đặt, chưa chú trọng vận động, thuyết phục, giải thích", 100),
            ("Tổ chức quá dày, gây tốn kém", 0),
            ("Người lao động không được mời tham dự", 0),
            ("Chỉ được tổ chức bằng văn bản", 0),
        ],
        "explanation": "Sở tự nhận đối thoại trực tiếp còn nặng về biện pháp áp đặt, chưa chú trọng vận "
        "động, thuyết phục, giải thích.",
        "evidence": "đối thoại trực tiếp còn nặng về biện pháp áp đặt, chưa chú trọng vận động, thuyết phục, "
        "giải thích",
    },
    {
        "lesson": L4,
        "passage": "han-che",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Những tồn tại, khó khăn nào được Sở Công Thương Hà Tĩnh tự nhận? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Dân vận chưa đi vào chiều sâu", 34),
            ("Lồng ghép nhiệm vụ chính trị với dân vận chưa thường xuyên", 33),
            ("Kiểm tra, đánh giá kết quả dân vận đôi khi còn chậm", 33),
            ("Có nhiều phản ánh về thủ tục hành chính thuộc thẩm quyền của Sở", -100),
            ("Sở chưa ban hành Quy chế thực hiện dân chủ", -100),
        ],
        "explanation": "Sở tự nhận dân vận chưa vào chiều sâu, lồng ghép chưa thường xuyên, kiểm tra đôi "
        "khi chậm; ngược lại, Sở không có phản ánh về thủ tục hành chính và đã ban hành Quy chế thực hiện "
        "dân chủ.",
        "evidence": "dân vận chưa đi vào chiều sâu",
    },
    {
        "lesson": L4,
        "passage": "thu-hai",
        "type": "single",
        "difficulty": "hard",
        "text": "Nhiệm vụ thứ hai của Sở gắn với Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, ban "
        "hành ngày nào?",
        "options": [("26/5/2022", 100), ("26/11/2021", 0), ("18/5/2021", 0), ("15/5/2016", 0)],
        "explanation": "Nhiệm vụ thứ hai nêu Nghị quyết số 12-NQ/TU ngày 26/5/2022 của Ban Chấp hành Đảng "
        "bộ tỉnh.",
        "evidence": "Nghị quyết số 12-NQ/TU ngày 26/5/2022 của Ban Chấp hành Đảng bộ tỉnh",
    },
    {
        "lesson": L4,
        "passage": "thu-ba",
        "type": "single",
        "difficulty": "hard",
        "text": "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị là về tiếp tục thực hiện văn bản nào?",
        "options": [
            ("Chỉ thị số 05-CT/TW ngày 15/5/2016", 100),
            ("Chỉ thị số 33/CT-TTg ngày 26/11/2021", 0),
            ("Kết luận số 114-KL/TW ngày 14/7/2015", 0),
            ("Chỉ thị số 16/CT-TTg ngày 16/5/2016", 0),
        ],
        "explanation": "Nhiệm vụ thứ ba gắn thi đua với Kết luận 01-KL/TW về tiếp tục thực hiện Chỉ thị số "
        "05-CT/TW ngày 15/5/2016.",
        "evidence": "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số "
        "05-CT/TW ngày 15/5/2016",
    },
    {
        "lesson": L4,
        "passage": "chi-thi-05",
        "type": "single",
        "difficulty": "medium",
        "text": "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII có tên là gì?",
        "options": [
            ("Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 100),
            ("Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", 0),
            ("Về nâng cao hiệu quả công tác dân vận của các cơ quan nhà nước các cấp", 0),
            ("Về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước", 0),
        ],
        "explanation": "Tên Chỉ thị 05-CT/TW là “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh”; các phương án khác là nội dung của Nghị quyết 25-NQ/TW, Kết luận 114-KL/TW và "
        "Chỉ thị 33/CT-TTg.",
        "evidence": "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    },
    {
        "lesson": L4,
        "passage": "thu-tu",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Nhiệm vụ thứ tư của Sở gồm những việc nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Thực hiện nghiêm quy tắc ứng xử và quy chế dân chủ ở cơ sở", 34),
            ("Chuyển đổi vị trí công tác đối với người làm lâu năm ở một vị trí", 33),
            ("Nghiêm cấm gây phiền hà, sách nhiễu khi tiếp nhận hồ sơ và trả kết quả", 33),
            ("Giữ nguyên người làm lâu năm ở một vị trí để ổn định", -100),
            ("Cắt giảm biên chế ở cơ sở", -100),
        ],
        "explanation": "Nhiệm vụ thứ tư: quy tắc ứng xử, dân chủ ở cơ sở, chuyển đổi vị trí công tác, bổ "
        "sung biên chế cho cơ sở, nghiêm cấm phiền hà, sách nhiễu.",
        "evidence": "chuyển đổi vị trí công tác đối với người làm lâu năm ở một vị trí",
    },
    {
        "lesson": L4,
        "passage": "thu-nam",
        "type": "true_false",
        "difficulty": "easy",
        "text": "Theo nhiệm vụ thứ năm, Ban Chấp hành Công đoàn cơ sở phối hợp động viên người lao động "
        "phát huy quyền làm chủ.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Nhiệm vụ thứ năm nêu Ban Chấp hành Công đoàn cơ sở phối hợp động viên người lao "
        "động phát huy quyền làm chủ.",
        "evidence": "Ban Chấp hành Công đoàn cơ sở phối hợp động viên người lao động phát huy quyền làm chủ",
    },
    # ── Bài 5: “Dân vận khéo” trong công tác tham mưu: sáu phương thức ────────────────────────
    {
        "lesson": L5,
        "passage": "bai-bao-dan-van",
        "type": "single",
        "difficulty": "easy",
        "text": "Lời dạy “Dân vận khéo thì việc gì cũng thành công” nằm trong bài báo “Dân vận” của Chủ tịch "
        "Hồ Chí Minh, đăng trên báo nào, ngày nào?",
        "options": [
            ("Báo Sự thật, ngày 15/10/1949", 100),
            ("Báo Sự thật, ngày 19/5/1949", 0),
            ("Báo Nhân dân, ngày 15/10/1949", 0),
            ("Báo Cứu quốc, ngày 02/9/1945", 0),
        ],
        "explanation": "Bài học dẫn lời dạy từ bài báo “Dân vận” của Chủ tịch Hồ Chí Minh, báo Sự thật, ngày "
        "15/10/1949.",
        "evidence": "Bài báo “Dân vận”, báo Sự thật, 15/10/1949",
    },
    {
        "lesson": L5,
        "passage": "dieu-10",
        "type": "single",
        "difficulty": "medium",
        "text": "Quy chế công tác dân vận của hệ thống chính trị được ban hành theo Quyết định 290-QĐ/TW của "
        "Bộ Chính trị ngày nào?",
        "options": [("25/2/2010", 100), ("5/5/2010", 0), ("12/12/2013", 0), ("14/7/2015", 0)],
        "explanation": "Quy chế được ban hành theo Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; "
        "ngày 5/5/2010 là của Quyết định 1238-QĐ/TU của tỉnh.",
        "evidence": "Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị",
    },
    {
        "lesson": L5,
        "passage": "dieu-10",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo Điều 10 Quy chế công tác dân vận của hệ thống chính trị, nhiệm vụ của Ban Dân vận cấp "
        "ủy là gì?",
        "options": [
            (
                "Nghiên cứu, tham mưu, đề xuất cấp ủy lãnh đạo, chỉ đạo thực hiện công tác dân vận đối với "
                "tất cả các tổ chức trong hệ thống chính trị",
                100,
            ),
            ("Trực tiếp quản lý nhà nước về dân vận thay cho chính quyền", 0),
            ("Chỉ tổ chức phong trào thi đua “Dân vận khéo” trong nội bộ Ban", 0),
            ("Thanh tra, xử phạt vi phạm hành chính của các cơ quan nhà nước", 0),
        ],
        "explanation": "Điều 10 quy định Ban Dân vận cấp ủy nghiên cứu, tham mưu, đề xuất cấp ủy lãnh đạo, "
        "chỉ đạo công tác dân vận đối với tất cả các tổ chức trong hệ thống chính trị.",
        "evidence": "nghiên cứu, tham mưu, đề xuất cấp ủy lãnh đạo, chỉ đạo thực hiện công tác dân vận đối "
        "với tất cả các tổ chức trong hệ thống chính trị",
    },
    {
        "lesson": L5,
        "passage": "thu-nhat",
        "type": "single",
        "difficulty": "medium",
        "text": "Theo phương thức thứ nhất, trước khi trình Thường trực Tỉnh ủy cho ý kiến, Ban Dân vận cần "
        "làm gì?",
        "options": [
            ("Nghiên cứu kỹ, giả định tình huống tích cực và tiêu cực, thuận lợi và khó khăn", 100),
            ("Trình ngay để kịp thời gian, không cần giả định tình huống", 0),
            ("Chỉ xin ý kiến riêng của Trưởng ban, không cần thảo luận tập thể", 0),
            ("Sao chép văn bản của tỉnh khác cho nhanh", 0),
        ],
        "explanation": "Phương thức thứ nhất yêu cầu phát huy trí tuệ tập thể, nghiên cứu kỹ, giả định tình "
        "huống tích cực và tiêu cực trước khi trình.",
        "evidence": "nghiên cứu kỹ, giả định tình huống tích cực và tiêu cực, thuận lợi và khó khăn trước "
        "khi trình Thường trực Tỉnh ủy cho ý kiến",
    },
    {
        "lesson": L5,
        "passage": "thu-hai",
        "type": "single",
        "difficulty": "hard",
        "text": "Năm 2020, kế hoạch nào của Tỉnh ủy Bình Phước nhằm tổng kết 10 năm thực hiện Quyết định "
        "290-QĐ/TW?",
        "options": [
            ("Kế hoạch số 223-KH/TU ngày 03/3/2020", 100),
            ("Kế hoạch số 239-KH/TU ngày 23/6/2020", 0),
            ("Kế hoạch số 244-KH/TU ngày 29/6/2020", 0),
            ("Kế hoạch số 217-KH/TU ngày 06/02/2020", 0),
        ],
        "explanation": "Kế hoạch 223-KH/TU là tổng kết 10 năm Quyết định 290-QĐ/TW; 239 là sơ kết 5 năm Kết "
        "luận 114, 244 là tổng kết phong trào dân vận khéo, 217 là hội nghị về hòa giải ở cơ sở.",
        "evidence": "Kế hoạch số 223-KH/TU ngày 03/3/2020: tổng kết 10 năm thực hiện Quyết định 290-QĐ/TW",
    },
    {
        "lesson": L5,
        "passage": "thu-hai",
        "type": "true_false",
        "difficulty": "hard",
        "text": "Kế hoạch 239-KH/TU ngày 23/6/2020 của Tỉnh ủy Bình Phước là để sơ kết 5 năm thực hiện Kết "
        "luận số 114-KL/TW.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Bài học liệt kê Kế hoạch 239-KH/TU ngày 23/6/2020: sơ kết 5 năm thực hiện Kết "
        "luận số 114-KL/TW.",
        "evidence": "Kế hoạch 239-KH/TU ngày 23/6/2020: sơ kết 5 năm thực hiện Kết luận số 114-KL/TW",
    },
    {
        "lesson": L5,
        "passage": "thu-ba",
        "type": "single",
        "difficulty": "medium",
        "text": "Các lớp bồi dưỡng kiến thức, kỹ năng dân vận cho cán bộ, công chức, viên chức từ tỉnh đến "
        "cơ sở được mở theo phương châm nào?",
        "options": [
            ("Thời gian ngắn nhất, quy mô lớn nhất và hiệu quả cao nhất", 100),
            ("Thời gian dài nhất, quy mô nhỏ nhất và hiệu quả cao nhất", 0),
            ("Ít mà tinh, chậm mà chắc", 0),
            ("Học đến đâu, làm đến đó, không cần kế hoạch", 0),
        ],
        "explanation": "Phương thức thứ ba nêu phương châm thời gian ngắn nhất, quy mô lớn nhất và hiệu quả "
        "cao nhất.",
        "evidence": "thời gian ngắn nhất, quy mô lớn nhất và hiệu quả cao nhất",
    },
    {
        "lesson": L5,
        "passage": "so-lieu-tap-huan",
        "type": "single",
        "difficulty": "easy",
        "text": "Trong nhiệm kỳ, cấp tỉnh đã mở bao nhiêu lớp tập huấn công tác dân vận, cho bao nhiêu học "
        "viên?",
        "options": [
            ("9 lớp cho trên 950 học viên", 100),
            ("25 lớp cho trên 950 học viên", 0),
            ("34 lớp cho trên 590 học viên", 0),
            ("9 lớp cho trên 590 học viên", 0),
        ],
        "explanation": "Cấp tỉnh mở 9 lớp cho trên 950 học viên; 25 lớp là của các huyện, thị, và tổng "
        "cộng là trên 34 lớp.",
        "evidence": "Cấp tỉnh: 9 lớp cho trên 950 học viên.",
    },
    {
        "lesson": L5,
        "passage": "so-lieu-tap-huan",
        "type": "multiple",
        "difficulty": "hard",
        "text": "Những số liệu nào về đào tạo, tập huấn công tác dân vận trong nhiệm kỳ là đúng? (Chọn tất "
        "cả đáp án đúng)",
        "options": [
            ("Tổng cộng trên 34 lớp tập huấn bồi dưỡng công tác dân vận", 34),
            ("Các huyện, thị mở 25 lớp tập huấn dân vận", 33),
            ("Cử 40 cán bộ đi đào tạo do Học viện Chính trị khu vực II tổ chức", 33),
            ("Phối hợp với Ban Dân vận Trung ương tổ chức 9 hội nghị tại tỉnh", -100),
            ("Cấp tỉnh mở 25 lớp tập huấn", -100),
        ],
        "explanation": "Số liệu đúng: trên 34 lớp; huyện, thị 25 lớp; 40 cán bộ đi đào tạo. Hội nghị phối "
        "hợp với Ban Dân vận Trung ương là 5, cấp tỉnh là 9 lớp.",
        "evidence": "Các huyện, thị: 25 lớp tập huấn dân vận.",
    },
    {
        "lesson": L5,
        "passage": "thu-tu",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Theo phương thức thứ tư, Ban Dân vận Tỉnh ủy Bình Phước ký kết chương trình phối hợp dân "
        "vận với những đơn vị nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Ban Cán sự đảng UBND tỉnh", 25),
            ("Ban Dân tộc tỉnh", 25),
            ("Các đơn vị lực lượng vũ trang tỉnh", 25),
            ("Binh đoàn 16", 25),
            ("Sở Y tế tỉnh Kon Tum", -100),
            ("Bộ Giao thông vận tải", -100),
        ],
        "explanation": "Ban ký kết chương trình phối hợp với Ban Cán sự đảng UBND tỉnh, Ban Dân tộc tỉnh, "
        "các đơn vị lực lượng vũ trang tỉnh và Binh đoàn 16.",
        "evidence": "Ban Cán sự đảng UBND tỉnh, Ban Dân tộc tỉnh, các đơn vị lực lượng vũ trang tỉnh và Binh "
        "đoàn 16",
    },
    {
        "lesson": L5,
        "passage": "thu-nam",
        "type": "true_false",
        "difficulty": "medium",
        "text": "Theo phương thức thứ năm, Ban Dân vận chủ yếu dựa vào báo cáo của cấp dưới, không cần khảo "
        "sát, kiểm tra thực tế ở cơ sở.",
        "options": [("Đúng", 0), ("Sai", 100)],
        "explanation": "Sai. Phương thức thứ năm là bám sát cơ sở: nghiên cứu, khảo sát, kiểm tra, hướng dẫn "
        "để nắm tình hình thực tiễn, chỉ đạo không rập khuôn, máy móc.",
        "evidence": "Ban nghiên cứu, khảo sát, kiểm tra, hướng dẫn để nắm tình hình thực tiễn",
    },
    {
        "lesson": L5,
        "passage": "thu-sau",
        "type": "multiple",
        "difficulty": "medium",
        "text": "Theo phương thức thứ sáu, Ban Dân vận Tỉnh ủy Bình Phước ứng dụng công nghệ thông tin như "
        "thế nào? (Chọn tất cả đáp án đúng)",
        "options": [
            ("Chuyển Bản tin công tác dân vận Bình Phước từ bản giấy sang trang thông tin điện tử", 50),
            ("Lập các nhóm Zalo đến tận cơ sở để nắm thông tin hai chiều", 50),
            ("Ngừng tuyên truyền mô hình dân vận khéo trên mạng", -100),
            ("Chỉ phát hành Bản tin dưới dạng giấy", -100),
        ],
        "explanation": "Ban chuyển Bản tin sang Trang Thông tin điện tử tổng hợp của Ban và lập các nhóm "
        "Zalo đến tận cơ sở để nắm thông tin hai chiều.",
        "evidence": "lập các nhóm Zalo đến tận cơ sở để nắm thông tin hai chiều",
    },
    {
        "lesson": L5,
        "passage": "thu-sau",
        "type": "true_false",
        "difficulty": "hard",
        "text": "Trang Thông tin điện tử tổng hợp Ban Dân vận Tỉnh ủy Bình Phước được Sở Thông tin và Truyền "
        "thông cấp phép ngày 11/01/2020.",
        "options": [("Đúng", 100), ("Sai", 0)],
        "explanation": "Đúng. Bài học ghi trang thông tin được Sở Thông tin và Truyền thông cấp phép ngày "
        "11/01/2020.",
        "evidence": "được Sở Thông tin và Truyền thông cấp phép ngày 11/01/2020",
    },
    {
        "lesson": L5,
        "passage": "sau-phuong-thuc",
        "type": "single",
        "difficulty": "medium",
        "text": "Phương thức thứ sáu trong sáu phương thức “Dân vận khéo” trong công tác tham mưu là gì?",
        "options": [
            ("Dùng công nghệ thông tin — trang thông tin điện tử, nhóm Zalo", 100),
            ("Ký kết và thực hiện các chương trình phối hợp", 0),
            ("Đào tạo, tập huấn nâng cao năng lực cán bộ", 0),
            ("Nghiên cứu, khảo sát, kiểm tra, hướng dẫn sát cơ sở", 0),
        ],
        "explanation": "Thứ sáu là ứng dụng công nghệ thông tin; ký kết phối hợp là thứ tư, đào tạo là thứ "
        "ba, bám sát cơ sở là thứ năm.",
        "evidence": "Thứ sáu: dùng công nghệ thông tin — trang thông tin điện tử, nhóm Zalo.",
    },
    {
        "lesson": L5,
        "passage": "bai-hoc-kinh-nghiem",
        "type": "single",
        "difficulty": "easy",
        "text": "Theo kinh nghiệm đúc kết của Ban Dân vận Tỉnh ủy Bình Phước, trong công tác tham mưu, "
        "“Dân vận khéo” là gì?",
        "options": [
            ("Chìa khóa mở cánh cửa thành công của cán bộ, công chức ngành dân vận", 100),
            ("Việc phụ, chỉ làm khi có thời gian", 0),
            ("Nhiệm vụ riêng của lãnh đạo Ban", 0),
            ("Chỉ áp dụng được trong lĩnh vực kinh tế", 0),
        ],
        "explanation": "Bài học kết luận: trong công tác tham mưu, “Dân vận khéo” là chìa khóa mở cánh cửa "
        "thành công của cán bộ, công chức ngành dân vận.",
        "evidence": "chìa khóa mở cánh cửa thành công của cán bộ, công chức ngành dân vận",
    },
]

# The wording that earlier demos gave to questions this bank corrects, {text: earlier text}: a bank
# loaded by them has those questions corrected in place (``bank.correct_earlier_questions``).
EARLIER_TEXTS = {
    QUESTIONS[26]["text"]: (
        "Sang nhiệm kỳ 2015-2020, Bộ Giao thông vận tải giao việc phụ trách công tác dân vận, đoàn thể cho ai?"
    ),
    QUESTIONS[32]["text"]: (
        "Đối thoại, chất vấn và trả lời chất vấn giữa lãnh đạo Bộ Giao thông vận tải với cán bộ, đảng viên, "
        "nhân dân góp phần ngăn chặn tiêu cực, chống tham nhũng, lãng phí."
    ),
    QUESTIONS[45][
        "text"
    ]: "Những mô hình, diễn đàn nào được bài viết nêu tên là tiêu biểu? (Chọn tất cả đáp án đúng)",
    QUESTIONS[58]["text"]: (
        "Từ đầu năm, Sở Công Thương Hà Tĩnh nhận được nhiều phản ánh, kiến nghị về quy định thủ tục hành chính "
        "thuộc thẩm quyền của Sở."
    ),
}
