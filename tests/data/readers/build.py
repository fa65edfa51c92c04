"""Write the reader fixture corpus and its manifest (run once; the files are committed).

Every page, feed and archive here was written for rasad by hand (issue 23): no file or
sentence is taken from another project or a news site. Each reproduces one way real input
broke a reader: title-only feed entries, Persian ZWNJ, Latin-1 read as windows-1256, a
windows-1256 feed decoded twice, languages rasad does not analyse, a truncated feed, a WARC
`resource` record, a photo caption alone, published vs modified dates, a visible dateline,
comment-policy lines and sign-offs. `manifest.json` lists what must come out of each file.

    python tests/data/readers/build.py
"""

from __future__ import annotations

import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ZWNJ = "\u200c"

FA_TITLE = f"برنامه{ZWNJ}های اقتصادی دولت برای سال آینده"
FA_1 = (
    f"به گزارش خبرنگار ما، وزیر اقتصاد صبح امروز در جلسه{ZWNJ}ی هیئت دولت گفت که "
    f"برنامه{ZWNJ}های اقتصادی سال آینده با هدف کاهش تورم و افزایش تولید داخلی "
    f"تدوین شده{ZWNJ}اند."
)
FA_2 = (
    f"وی افزود که وزارتخانه{ZWNJ}ها موظف{ZWNJ}اند گزارش{ZWNJ}های ماهانه{ZWNJ}ی خود را "
    f"به{ZWNJ}موقع به سازمان برنامه و بودجه ارائه کنند تا روند اجرای طرح{ZWNJ}ها "
    "قابل پیگیری باشد."
)
AR_1 = (
    "أعلنت وزارة النقل اليوم عن خطة جديدة لتوسيع شبكة الحافلات العامة في العاصمة، "
    "وقال المتحدث باسم الوزارة إن المرحلة الأولى ستبدأ مطلع العام المقبل."
)
AR_2 = (
    "وأضاف المتحدث أن الخطة تشمل شراء مئتي حافلة تعمل بالكهرباء وإنشاء محطات انتظار "
    "مكيفة في الأحياء المزدحمة، بتمويل مشترك من الحكومة والقطاع الخاص."
)
AR_3 = (
    "أكد وزير الخارجية في مؤتمر صحفي أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل "
    "بحضور ممثلين عن الأطراف كافة، بعد توقف دام عدة أشهر بسبب الخلاف على جدول الأعمال."
)
AR_4 = (
    "وأشار الوزير إلى أن الوفود ستناقش ملفات المياه والحدود والتجارة، وأن البيان الختامي "
    "سيصدر في نهاية الجولة إذا تم التوصل إلى تفاهم على النقاط العالقة."
)
EN_1 = (
    "The city council approved a plan on Tuesday to rebuild the old river bridge, which "
    "has been closed to heavy traffic since the spring floods damaged two of its pillars."
)
EN_2 = (
    "Engineers expect the work to take eighteen months. During that time a temporary "
    "ferry will carry pedestrians and cyclists between the two banks every fifteen minutes."
)
PT_1 = (
    "A nova presidente da associação de doentes raros tomou posse ontem em Lisboa, numa "
    "cerimónia que reuniu médicos, famílias e representantes do ministério da saúde."
)
PT_2 = (
    "Na sua primeira intervenção, a presidente anunciou um plano de apoio às famílias que "
    "vivem longe dos hospitais e pediu mais investigação sobre doenças genéticas."
)
ES_1 = (
    "La Fiscalía Anticorrupción decidirá el próximo lunes si abre una investigación sobre "
    "la adjudicación de los contratos públicos de limpieza en la capital."
)
ES_2 = (
    "Según fuentes del ministerio, la decisión dependerá del informe técnico que llegará "
    "esta semana y que analiza los precios ofrecidos por cada empresa."
)
DE_1 = (
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer "
    "Energien beschlossen, das vor allem den Ausbau von Windrädern an Land beschleunigen soll."
)
DE_2 = (
    "Nach Angaben des Ministeriums sollen die Genehmigungsverfahren künftig höchstens zwölf "
    "Monate dauern, und Gemeinden erhalten einen Anteil an den Einnahmen der Anlagen."
)
ZH_1 = (
    "国家统计局今天发布的数据显示，今年第三季度全国居民人均可支配收入比去年同期增长百分之五。"
    "专家表示，消费市场正在逐步恢复，但部分地区的就业压力仍然较大。"
)
ZH_2 = "与此同时，多个城市宣布将继续推出支持小型企业发展的措施，包括减少税费和提供低息贷款。"
HI_1 = (
    "प्रधानमंत्री ने आज राजधानी में किसानों के एक बड़े सम्मेलन को संबोधित किया और कहा कि "
    "सरकार अगले वर्ष सिंचाई परियोजनाओं पर अधिक धन खर्च करेगी।"
)
HI_2 = "उन्होंने बताया कि ग्रामीण सड़कों के निर्माण का काम भी तेज़ी से आगे बढ़ रहा है।"
RU_1 = (
    "Правительство объявило о новых мерах поддержки малого бизнеса. По словам министра, "
    "налоговые льготы начнут действовать с первого числа следующего месяца."
)
RU_2 = (
    "Кроме того, региональные власти получат дополнительные средства на ремонт школ и "
    "больниц в небольших городах."
)
# windows-1256 has no Persian yeh (U+06CC): pages in that code page use the Arabic one
FA_CP1256_TITLE = f"افزايش قيمت{ZWNJ}ها در بازار مسکن"
FA_CP1256 = (
    f"بر اساس گزارش بانک مرکزي، ميانگين قيمت مسکن در پايتخت در ماه گذشته سه درصد افزايش "
    f"يافت و کارشناسان پيش{ZWNJ}بيني مي{ZWNJ}کنند که اين روند تا پايان سال ادامه داشته باشد."
)
CAPTION = (
    "A man walks past a damaged building in the old city on Tuesday morning, after a night "
    "of heavy rain brought down part of its roof."
)


def page(title: str | None, body: str, head: str = "", lang: str = "") -> str:
    title_tag = f"<title>{title}</title>" if title else ""
    h1 = f"<h1>{title}</h1>" if title else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">{title_tag}{head}'
        f'</head>\n<body><nav><a href="/">Home</a></nav>\n<article>{h1}\n{body}\n</article>\n'
        "<footer>© News</footer></body></html>\n"
    )


def paragraphs(*texts: str) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


def rss(items: list[str], encoding: str = "utf-8", extra_ns: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        f'<rss version="2.0"{extra_ns}><channel><title>Agency</title>'
        "<link>https://agency.example/</link>\n" + "\n".join(items) + "\n</channel></rss>\n"
    )


def item(title: str, link: str, body: str | None, date: str | None = None, more: str = "") -> str:
    parts = [f"<title>{title}</title>", f"<link>{link}</link>"]
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    if body is not None:
        parts.append(f"<description><![CDATA[{body}]]></description>")
    return "<item>" + "".join(parts) + more + "</item>"


def warc_with_resource() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    html = page("حافلات كهربائية للعاصمة", paragraphs(AR_1, AR_2), lang="ar").encode("utf-8")
    record = writer.create_warc_record(
        "https://transport.example/news/buses",
        "resource",
        payload=io.BytesIO(html),
        warc_content_type="text/html; charset=utf-8",
    )
    writer.write_record(record)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    html = page("River bridge to be rebuilt", paragraphs(EN_1, EN_2), lang="en").encode()
    record = writer.create_warc_record(
        "https://city.example/bridge",
        "response",
        payload=io.BytesIO(html),
        http_headers=headers,
    )
    writer.write_record(record)
    return out.getvalue()


def files() -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    out["feed_title_only_fa.rss"] = rss(
        [
            item(FA_TITLE, "https://agency.example/fa/1", f"<p>{FA_1}</p><p>{FA_2}</p>"),
            item("نشست خبری سخنگوی دولت", "https://agency.example/fa/2", None),
            item("دیدار وزیر خارجه با همتای عراقی", "https://agency.example/fa/3", None),
            item("افتتاح خط جدید مترو", "https://agency.example/fa/4", ""),
            item("گزارش تصویری از نمایشگاه کتاب", "https://agency.example/fa/5", "<p>ادامه</p>"),
            item("گزارش تصویری از جشنواره فیلم", "https://agency.example/fa/6", "<p>ادامه</p>"),
        ]
    ).encode("utf-8")
    out["page_zwnj_fa.html"] = page(FA_TITLE, paragraphs(FA_1, FA_2), lang="fa").encode()
    out["feed_latin1_pt.xml"] = rss(
        [
            item(
                "Associação de doentes raros tem nova presidente",
                "https://noticias.example/pt/1",
                f"<p>{PT_1}</p><p>{PT_2}</p>",
                "Wed, 04 Mar 2020 09:30:00 +0000",
            )
        ],
        encoding="ISO-8859-1",
    ).encode("latin-1")
    out["page_latin1_es.html"] = (
        page("Anticorrupción decidirá el lunes", paragraphs(ES_1, ES_2), lang="es")
        .replace(
            '<meta charset="utf-8">',
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        )
        .encode("latin-1")
    )
    out["feed_cp1256_fa.xml"] = rss(
        [
            item(
                FA_CP1256_TITLE,
                "https://bourse.example/fa/1",
                f"<p>{FA_CP1256}</p>",
                "Sun, 12 Jan 2020 08:00:00 +0330",
            )
        ],
        encoding="windows-1256",
    ).encode("cp1256")
    out["page_undeclared_cp1256_ar.html"] = (
        page("مباحثات الأسبوع المقبل", paragraphs(AR_3, AR_4), lang="ar")
        .replace('<meta charset="utf-8">', "")
        .encode("cp1256")
    )
    out["page_zh.html"] = page("第三季度居民收入增长", paragraphs(ZH_1, ZH_2), lang="zh").encode()
    out["text_hi.txt"] = f"{HI_1}\n\n{HI_2}\n".encode()
    out["feed_ru.rss"] = rss(
        [
            item("Новые меры поддержки бизнеса", "https://vesti.example/ru/1", f"<p>{RU_1}</p>"),
            item("Деньги на ремонт школ", "https://vesti.example/ru/2", f"<p>{RU_2}</p>"),
        ]
    ).encode("utf-8")
    out["page_de.html"] = page("Neues Gesetz für Windräder", paragraphs(DE_1, DE_2)).encode()
    cut = rss(
        [
            item("Bridge plan approved", "https://city.example/1", f"<p>{EN_1}</p>"),
            item("Ferry during the works", "https://city.example/2", f"<p>{EN_2}</p>"),
            item("Buses for the capital", "https://city.example/3", f"<p>{AR_1}</p>"),
            item("Talks to resume", "https://city.example/4", f"<p>{AR_3}</p>"),
        ]
    )
    out["feed_truncated.rss"] = cut[: cut.index(AR_3) + 40].encode("utf-8")
    out["archive_resource.warc"] = warc_with_resource()
    out["page_caption_only.html"] = page(
        "Storm damage in the old city",
        f'<figure><img src="storm.jpg" alt=""><figcaption>{CAPTION}</figcaption></figure>',
    ).encode()
    out["page_published_and_modified.html"] = page(
        "River bridge to be rebuilt",
        paragraphs(EN_1, EN_2),
        head='<meta property="article:modified_time" content="2021-05-09T10:00:00Z">'
        '<meta property="article:published_time" content="2021-03-01T08:00:00Z">',
    ).encode()
    out["feed_dc_date_and_modified.rss"] = rss(
        [
            item(
                "Bridge plan approved",
                "https://city.example/dc/1",
                f"<p>{EN_1}</p><p>{EN_2}</p>",
                more="<dc:date>2021-03-01T08:00:00Z</dc:date>"
                "<dcterms:modified>2021-05-09T10:00:00Z</dcterms:modified>",
            )
        ],
        extra_ns=' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:dcterms="http://purl.org/dc/terms/"',
    ).encode()
    out["page_dateline_ar.html"] = page(
        "استئناف المحادثات",
        "<time>الأربعاء، 28 آب/اغسطس 2013</time>\n" + paragraphs(AR_3, AR_4),
        lang="ar",
    ).encode()
    out["page_comment_policy_ar.html"] = page(
        "خطة لتوسيع شبكة الحافلات",
        paragraphs(
            AR_1,
            AR_2,
            "الآراء الواردة أدناه تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع",
        ),
        lang="ar",
    ).encode()
    out["page_signoff_fa.html"] = page(
        FA_TITLE, paragraphs(FA_1, FA_2, "انتهای پیام/"), lang="fa"
    ).encode()
    out["page_binary.html"] = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    return out


def manifest() -> list[dict]:
    """Each case: the file, why it is here, how many entries it holds, and every document
    expected from it (`rejected`: a part of the reason; `date`: the published day)."""
    fa_link = "https://agency.example/fa/"

    def fa_title_only(n: int, title: str) -> dict:
        return {"url": f"{fa_link}{n}", "title": title, "rejected": "title only"}

    return [
        {
            "file": "feed_title_only_fa.rss",
            "why": "title-only entries and entries with one same body must not collide",
            "entries": 6,
            "documents": [
                {"url": f"{fa_link}1", "title": FA_TITLE, "lang": "fa", "text": FA_1[:40]},
                fa_title_only(2, "نشست خبری سخنگوی دولت"),
                fa_title_only(3, "دیدار وزیر خارجه با همتای عراقی"),
                fa_title_only(4, "افتتاح خط جدید مترو"),
                {"url": f"{fa_link}5", "title": "گزارش تصویری از نمایشگاه کتاب", "text": "ادامه"},
                {"url": f"{fa_link}6", "title": "گزارش تصویری از جشنواره فیلم", "text": "ادامه"},
            ],
        },
        {
            "file": "page_zwnj_fa.html",
            "why": "ZWNJ kept in the title and text of an HTML page",
            "entries": 1,
            "documents": [
                {"id": "page_zwnj_fa", "title": FA_TITLE, "lang": "fa", "text": FA_2[:60]}
            ],
        },
        {
            "file": "feed_latin1_pt.xml",
            "why": "ISO-8859-1 declared in the XML prolog, not read as windows-1256",
            "entries": 1,
            "documents": [
                {
                    "url": "https://noticias.example/pt/1",
                    "title": "Associação de doentes raros tem nova presidente",
                    "lang": "pt",
                    "date": "2020-03-04",
                    "text": PT_1[:50],
                }
            ],
        },
        {
            "file": "page_latin1_es.html",
            "why": "ISO-8859-1 declared by http-equiv, not read as windows-1256",
            "entries": 1,
            "documents": [
                {
                    "id": "page_latin1_es",
                    "title": "Anticorrupción decidirá el lunes",
                    "lang": "es",
                    "text": ES_1[:50],
                }
            ],
        },
        {
            "file": "feed_cp1256_fa.xml",
            "why": "a windows-1256 feed declared in its prolog is decoded once",
            "entries": 1,
            "documents": [
                {
                    "url": "https://bourse.example/fa/1",
                    "title": FA_CP1256_TITLE,
                    "lang": "fa",
                    "date": "2020-01-12",
                    "text": FA_CP1256[:50],
                }
            ],
        },
        {
            "file": "page_undeclared_cp1256_ar.html",
            "why": "an undeclared windows-1256 Arabic page still decodes",
            "entries": 1,
            "documents": [
                {
                    "id": "page_undeclared_cp1256_ar",
                    "title": "مباحثات الأسبوع المقبل",
                    "lang": "ar",
                    "text": AR_3[:50],
                }
            ],
        },
        {
            "file": "page_zh.html",
            "why": "Chinese is labelled zh, not ar",
            "entries": 1,
            "documents": [{"id": "page_zh", "lang": "zh", "text": ZH_1[:20]}],
        },
        {
            "file": "text_hi.txt",
            "why": "Hindi is labelled hi, not ar",
            "entries": 1,
            "documents": [{"id": "text_hi", "lang": "hi", "text": HI_1[:30]}],
        },
        {
            "file": "feed_ru.rss",
            "why": "Russian feed entries are labelled ru, not ar",
            "entries": 2,
            "documents": [
                {"url": "https://vesti.example/ru/1", "lang": "ru", "text": RU_1[:30]},
                {"url": "https://vesti.example/ru/2", "lang": "ru", "text": RU_2[:30]},
            ],
        },
        {
            "file": "page_de.html",
            "why": "German is labelled de, not en",
            "entries": 1,
            "documents": [{"id": "page_de", "title": "Neues Gesetz für Windräder", "lang": "de"}],
        },
        {
            "file": "feed_truncated.rss",
            "why": "a truncated feed: entries before the cut kept, the cut one and the "
            "truncation reported",
            "entries": 4,
            "documents": [
                {"url": "https://city.example/1", "lang": "en", "text": EN_1[:40]},
                {"url": "https://city.example/2", "lang": "en", "text": EN_2[:40]},
                {"url": "https://city.example/3", "lang": "ar", "text": AR_1[:40]},
                {"url": "https://city.example/4", "rejected": "cut off"},
                {"id": "feed_truncated-truncated", "rejected": "feed truncated after 3"},
            ],
        },
        {
            "file": "archive_resource.warc",
            "why": "a WARC resource record holding text/html is read",
            "entries": 2,
            "documents": [
                {
                    "url": "https://transport.example/news/buses",
                    "title": "حافلات كهربائية للعاصمة",
                    "lang": "ar",
                    "text": AR_1[:40],
                },
                {"url": "https://city.example/bridge", "lang": "en", "text": EN_1[:40]},
            ],
        },
        {
            "file": "page_caption_only.html",
            "why": "a page whose only text is a photo caption is not an article",
            "entries": 1,
            "documents": [{"id": "page_caption_only", "rejected": "not an article"}],
        },
        {
            "file": "page_published_and_modified.html",
            "why": "the published date wins over the modified one (page metadata)",
            "entries": 1,
            "documents": [
                {"id": "page_published_and_modified", "lang": "en", "date": "2021-03-01"}
            ],
        },
        {
            "file": "feed_dc_date_and_modified.rss",
            "why": "the published date wins over the modified one (dc:date, dcterms:modified)",
            "entries": 1,
            "documents": [{"url": "https://city.example/dc/1", "lang": "en", "date": "2021-03-01"}],
        },
        {
            "file": "page_dateline_ar.html",
            "why": "a visible dateline dates a page without date metadata",
            "entries": 1,
            "documents": [{"id": "page_dateline_ar", "lang": "ar", "date": "2013-08-28"}],
        },
        {
            "file": "page_comment_policy_ar.html",
            "why": "an Arabic comment-policy line is removed (kept in `removed`)",
            "entries": 1,
            "documents": [
                {"id": "page_comment_policy_ar", "lang": "ar", "removed": "الآراء الواردة أدناه"}
            ],
        },
        {
            "file": "page_signoff_fa.html",
            "why": "a Persian agency sign-off is removed (kept in `removed`)",
            "entries": 1,
            "documents": [{"id": "page_signoff_fa", "lang": "fa", "removed": "انتهای پیام"}],
        },
        {
            "file": "page_binary.html",
            "why": "a binary file named .html is rejected",
            "entries": 1,
            "documents": [{"id": "page_binary", "rejected": "binary file"}],
        },
    ]


def main() -> None:
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    text = json.dumps(manifest(), ensure_ascii=False, indent=1)
    (HERE / "manifest.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
