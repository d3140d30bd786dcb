/* zh.c: Chinese.  Words and phrases with their roles in the grammar,
 * sentence ends, labels (lang.h).  Chinese letters also carry English
 * locators (United Nations, Treaty Series, vol. 1155, p. 331; I.C.J.
 * Reports) and English dates in their mastheads: those words are Chinese
 * letters' words too. */
#include "lang.h"

#define W(text, role) {text, CG_R_##role, 0, 0}
#define V(text, role, value) {text, CG_R_##role, 0, value}
#define U(text, role, value) {text, CG_R_##role, CG_PF_UPPER, value}

static const cg_kwdef words[] = {
    /* resolutions and decisions: [机构] 第 N 号决议 */
    W("决议", RES_NOUN), W("决定", DEC_NOUN), W("第", NUM_PREFIX), W("号", NUM_SUFFIX),
    V("安全理事会", BODY, 'S'), V("安理会", BODY, 'S'), V("大会", BODY, 'A'), V("联大", BODY, 'A'),
    V("经济及社会理事会", BODY, 'E'), V("经社理事会", BODY, 'E'), V("人权理事会", BODY, 'H'),
    V("人权委员会", BODY, 'C'),
    /* bodies outside the United Nations: their resolutions are not the UN's */
    V("伊斯兰会议组织", BODY, 'X'), V("议会大会", BODY, 'X'), V("欧洲委员会", BODY, 'X'),
    V("欧洲理事会", BODY, 'X'), V("欧洲议会", BODY, 'X'), V("非洲联盟", BODY, 'X'),
    V("非盟", BODY, 'X'), V("欧洲联盟", BODY, 'X'), V("欧盟", BODY, 'X'), V("欧安组织", BODY, 'X'),
    V("美洲国家组织", BODY, 'X'), V("阿拉伯国家联盟", BODY, 'X'), V("伊斯兰合作组织", BODY, 'X'),
    V("北约", BODY, 'X'), V("独立国家联合体", BODY, 'X'), V("独联体", BODY, 'X'),
    V("阿盟", BODY, 'X'), V("伊合组织", BODY, 'X'), V("集体安全条约组织", BODY, 'X'),
    V("集安组织", BODY, 'X'), U("OIC", BODY, 'X'), U("CSTO", BODY, 'X'), U("CIS", BODY, 'X'),
    U("EU", BODY, 'X'), U("AU", BODY, 'X'), U("OSCE", BODY, 'X'), U("NATO", BODY, 'X'),
    U("ECOSOC", BODY, 'E'),
    /* the organs that adopt the resolutions and decisions of other
     * organizations and of treaties; a committee only when its name
     * stands right before the number (南太平洋委员会第 1(1952)号决议, not
     * 第 1267(1999)号决议所设委员会……第 1989(2011)号决议) */
    V("外长理事会", BODY, 'X'), V("外交部长理事会", BODY, 'X'), V("缔约方大会", BODY, 'X'),
    V("缔约方会议", BODY, 'X'), V("首脑会议", BODY, 'X'), V("国家元首理事会", BODY, 'X'),
    V("集体安全理事会", BODY, 'X'), V("和平与安全理事会", BODY, 'X'), V("部长理事会", BODY, 'X'),
    V("委员会", BODY, 'x'),
    /* a council, an executive board or a ministerial meeting named alone
     * is another organization's organ (理事会第 34/1 号决议 may be the Human
     * Rights Council's, never the Assembly's); the longer names of the UN's
     * councils (安全理事会, 人权理事会, 经社理事会) win over it */
    V("理事会", BODY, 'x'), V("执行理事会", BODY, 'x'), V("执行局", BODY, 'x'),
    V("部长会议", BODY, 'x'), V("缔约国大会", BODY, 'X'), V("缔约国会议", BODY, 'X'),
    /* the specialized agencies and other organizations whose organs adopt
     * numbered resolutions (国际原子能机构大会, 原子能机构理事会, 世界卫生大会):
     * another organization's right before the number or before the name
     * of a UN organ (原子能机构根据第 2231(2015)号决议 is the Council's) */
    V("国际原子能机构", BODY, 'x'), V("原子能机构", BODY, 'x'), V("世界卫生组织", BODY, 'x'),
    V("世卫组织", BODY, 'x'), V("世界卫生大会", BODY, 'X'), V("各国议会联盟", BODY, 'x'),
    V("联合国教育、科学及文化组织", BODY, 'x'), V("教科文组织", BODY, 'x'),
    V("联合国粮食及农业组织", BODY, 'x'), V("粮农组织", BODY, 'x'), V("国际劳工组织", BODY, 'x'),
    V("劳工组织", BODY, 'x'), V("国际海事组织", BODY, 'x'), V("海事组织", BODY, 'x'),
    V("国际民用航空组织", BODY, 'x'), V("国际民航组织", BODY, 'x'), V("民航组织", BODY, 'x'),
    V("国际电信联盟", BODY, 'x'), V("国际电联", BODY, 'x'), V("国际移民组织", BODY, 'x'),
    V("禁止化学武器组织", BODY, 'x'), V("禁化武组织", BODY, 'x'), V("北大西洋理事会", BODY, 'X'),
    /* the heads of other organizations' names (上海合作组织, 东南亚国家联盟,
     * 西非国家经济共同体, 不结盟运动, 太平洋岛国论坛) right before the number;
     * the longer names of the UN's own organs win */
    V("组织", BODY, 'x'), V("联盟", BODY, 'x'), V("共同体", BODY, 'x'), V("运动", BODY, 'x'),
    V("集团", BODY, 'x'), V("论坛", BODY, 'x'), V("联合会", BODY, 'x'), V("议会", BODY, 'x'),
    V("政府", BODY, 'x'), V("内阁", BODY, 'x'), V("东盟", BODY, 'x'), V("英联邦", BODY, 'x'),
    /* lists */
    W("、", LIST_SEP), W("，", LIST_SEP), W(",", LIST_SEP), W("和", AND), W("及", AND),
    W("与", AND), W("或", OR), W("以及", AS_WELL_AS), W("以及", COORD), W("其", ITS), W("我", MY), W("我国", MY),
    W("我们", MY), /* 正如我们在 2022 年 12 月 8 日的信中所指出的 */
    W("本国", MY),
    /* the writer's own mission or representative: 我国常驻联合国代表 2022 年 3 月 3 日给秘书长的信,
     * 本代表团 2023 年 5 月 5 日的普通照会 */
    W("我国常驻联合国代表", MY), W("我国常驻代表", MY), W("我国常驻联合国代表团", MY),
    W("我国常驻代表团", MY), W("我国代表团", MY), W("本代表团", MY), W("本常驻代表团", MY),
    W("我国政府", MY), W("本国政府", MY), W("Reports", VOLUME_BEFORE), W("Recueil", VOLUME_BEFORE),
    /* dates: 2020 年 12 月 29 日; English dates in the masthead */
    W("年", YEAR_MARK), W("月", MONTH_MARK), W("日", DAY_MARK),
    V("January", MONTH, 1), V("February", MONTH, 2), V("March", MONTH, 3), V("April", MONTH, 4),
    V("May", MONTH, 5), V("June", MONTH, 6), V("July", MONTH, 7), V("August", MONTH, 8),
    V("September", MONTH, 9), V("October", MONTH, 10), V("November", MONTH, 11),
    V("December", MONTH, 12),
    /* articles: 第二条第四项 */
    W("条", ART_NOUN), W("项", PARA_NOUN), W("款", PARA_NOUN), W("段", PARA_NOUN),
    /* what may stand between a title and its article */
    W("，", LOCATOR), W("、", LOCATOR), W("；", LOCATOR), W("：", LOCATOR), W("的", LOCATOR),
    W("年", LOCATOR), W("月", LOCATOR), W("日", LOCATOR), W("卷", LOCATOR), W("页", LOCATOR),
    W("第", LOCATOR), W("号", LOCATOR), W("联合国", LOCATOR), W("…", LOCATOR), W("至", LOCATOR),
    W("”", LOCATOR), W("’", LOCATOR), W("》", LOCATOR), W("章", LOCATOR), /* 《宪章》第七章第四十二条 */
    W("特别是", ALSO_INCLUDING), W("尤其", ALSO_INCLUDING), W("共同", ALSO_INCLUDING),
    W("包括", ALSO_INCLUDING),
    W("UNTS", LOCATOR), W("vol", LOCATOR), W("No", LOCATOR), W("p", LOCATOR), W("pp", LOCATOR),
    W("United", LOCATOR), W("Nations", LOCATOR), W("Treaty", LOCATOR), W("Series", LOCATOR),
    W("I", LOCATOR), W("C", LOCATOR), W("J", LOCATOR), W("Reports", LOCATOR),
    W("Judgment", LOCATOR), W("January", LOCATOR), W("February", LOCATOR),
    W("March", LOCATOR), W("April", LOCATOR), W("May", LOCATOR), W("June", LOCATOR),
    W("July", LOCATOR), W("August", LOCATOR), W("September", LOCATOR), W("October", LOCATOR),
    W("November", LOCATOR), W("December", LOCATOR), W("of", LOCATOR), W("at", LOCATOR),
    W("para", LOCATOR),
    /* titles */
    W("题为", ENTITLED), W("适用", APPLICATION_OF),
    /* letters: 2020 年 12 月 29 日亚美尼亚常驻代表给秘书长的信 */
    W("信", LETTER_NOUN), W("同文信", LETTER_NOUN), W("普通照会", LETTER_NOUN),
    W("函", LETTER_NOUN), W("给", TO), W("的", DE), W("。", SENT_END), W("！", SENT_END),
    W("？", SENT_END),
    V("秘书长", ADDRESSEE, CG_ADDR_SG), V("安全理事会主席", ADDRESSEE, CG_ADDR_PSC),
    V("安理会主席", ADDRESSEE, CG_ADDR_PSC), V("大会主席", ADDRESSEE, CG_ADDR_PGA),
    V("人权理事会主席", ADDRESSEE, CG_ADDR_PHRC), W("声明", STATEMENT_NOUN),
    V("主席声明", STATEMENT_NOUN, 1),
    /* the header */
    W("的信", TITLE_END), W("的同文信", TITLE_END), W("的普通照会", TITLE_END),
    W("的附件", ANNEX_OF), W("信的附件", LETTER_ANNEX), W("届会议", SESSION), W("年", YEAR_WORD),
    W("议程", AGENDA), W("临时", PROVISIONAL), W("项目", ITEM), W("关于", ABOUT), W("签名", SIGNED),
    W("联合国", MASTHEAD),
    {0, 0, 0, 0}};

/* 之二 ... 之十: article 8 bis ... 8 decies, in labels */
static const char *const suffix_names[] = {"二", "三", "四", "五", "六", "七", "八", "九", "十", 0};
/* "我 2021 年 5 月 3 日的信(已作为 S/2021/420 号文件分发)", "……的信，该信已作为安全理事会文件
 * S/2021/420 分发" */
static const char *const symbol_intro[] = {
    "作为", "已作为", "作为安全理事会文件", "已作为安全理事会文件", "作为大会文件", "已作为大会文件",
    "该信已作为", "该信作为", "该信已作为安全理事会文件", "该信已作为大会文件", 0};

/* 安全理事会主席 2021 年 8 月 9 日代表安理会发表的声明: between the date and
 * 的声明 */
static const char *const made[] = {"发表", "所发表", "代表安理会发表", "代表安全理事会发表", 0};
/* "人权理事会于…通过了", "人权理事会在…上通过了": the body the subject */
static const char *const subject_links[] = {"于", "在", 0};
/* 《公约》第二条, 该公约第二条: the instrument named last with the noun
 * (a 《》 holding only it is no title of its own) */
static const char *const generic_titles[] = {
    "《公约》", "《条约》", "《盟约》", "《规约》", "《议定书》", "《协定》", "《宣言》",
    "该公约", "该条约", "该盟约", "该规约", "该议定书", "该协定", "该宣言",
    "本公约", "本条约", "本盟约", "本规约", "本议定书", "本协定", "本宣言",
    /* 同一公约第二条 (the same), 上述公约第五条 (the said) */
    "同一公约", "同一条约", "同一盟约", "同一规约", "同一议定书", "同一协定", "同一宣言",
    "上述公约", "上述条约", "上述盟约", "上述规约", "上述议定书", "上述协定", "上述宣言", 0};
static const char *const generic_heads[] = {"公约", "条约", "盟约", "规约", "议定书", "协定", "宣言", 0};

/* 欧洲人权法院在格鲁吉亚诉俄罗斯联邦(二)案中: another court's case */
static const char *const other_courts[] = {"欧洲人权法院", "欧洲人权委员会", "国际刑事法院", "常设仲裁法院",
                                           "欧洲联盟法院", "欧洲法院", "国际海洋法法庭", "美洲人权法院",
                                           "非洲人权和民族权法院", "仲裁法庭", "消除种族歧视委员会", 0};
static const char *const icj_names[] = {"国际法院", 0};
/* …的信息, …的信念: no letter */
static const char *const letter_lookalikes[] = {"信息", "信念", "信号", "信用", "信任", "信心", "信誉", "信仰",
                                                "信守", "信赖", "信托", "信贷", "信条", "信使", "信徒", "信奉",
                                                "信服", "信访", "信众", "函数", 0};
/* 常设国际法院规约: the Permanent Court of International Justice's Statute */
static const char *const name_before[] = {"常设", 0};

/* "(文号：PM/UN/2022/123)": a State's own reference number */
static const char *const own_refs[] = {"文号", "参考号", "档号", "编号", 0};
/* "第DPM/UN/2022/123号照会": a note verbale's own number */
static const char *const own_refs_after[] = {"号照会", "号普通照会", 0};

/* the OPCW and its Technical Secretariat (lang.h) */
static const char *const opcw[] = {"禁化武组织", "禁止化学武器组织", "技术秘书处", 0};
/* 2022年3月1日和5日阿塞拜疆和土耳其常驻代表分别给秘书长的信: each date its sender */
static const char *const respectively[] = {"分别", 0};

const cg_lang cg_lang_zh = {
    .respectively = respectively,
    .code = "zh",
    .name = "Chinese",
    .script = CG_SCRIPT_HAN,
    .function_words = 0, /* the one language written in Han characters */
    .order = CG_ORDER_HEAD_LAST,
    .words = words,
    .abbreviations = 0,
    .short_words_abbreviate = 0,
    .subject_links = subject_links,
    .article_suffix_mark = "之", /* 第八条之二: article 8 bis */
    .generic_titles = generic_titles,
    .generic_heads = generic_heads,
    .symbol_intro = symbol_intro,
    .made = made,
    .other_courts = other_courts,
    .icj_names = icj_names,
    .name_before = name_before,
    .letter_lookalikes = letter_lookalikes,
    .own_refs = own_refs,
    .opcw = opcw,
    .own_refs_after = own_refs_after,
    .labels = {
        .body = {"安全理事会", "大会", "经济及社会理事会", "人权理事会"},
        .resolution = "%s第%s号决议",
        .resolution_paren = 0,
        .article = "%s第%ld条",
        .article_para = "%s第%ld条第%ld款",
        .article_sfx = "%1$s第%2$ld条之%4$s",
        .article_para_sfx = "%1$s第%2$ld条之%4$s第%3$ld款",
        .article_suffix_names = suffix_names,
        .letter = {"%1$s%2$s的信", "%1$s%2$s的同文信", "%1$s%2$s的普通照会"},
        .letter_key = {NULL, "的同文信", "的普通照会"},
        .date = "%3$d年%2$s%1$d日",
        .months = {"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月",
                   "12月"},
        .list_sep = "、",
        .list_and = "和",
    },
};
