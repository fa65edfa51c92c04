"""Chronology lines and surnames that are weekday words (`rasad.analysis.chronology`,
`rasad.analysis.surnames`, `analysis.stories.timeline`; issue 21 point 2), on lines of real
articles: NTREX-128 (Reuters' Palu quake factbox in English and its Arabic and Persian
translations, CC BY-SA 4.0) and SaudiNewsNet (August 2015)."""

from __future__ import annotations

import pytest

from rasad.analysis.chronology import chronology_lines, opens_line
from rasad.analysis.export import exported_story, item_errors
from rasad.analysis.stories import build_story, timeline
from rasad.analysis.surnames import surname_dates
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.dates import find_dates
from rasad.stages.readers import document_from_item

STAGES = ["extract", "clean", "outlet", "langid", "pubdate", "dates", "entities"]

QUAKES = {
    "en": (
        "Here are some of the major quakes and tsunamis in recent years:\n"
        "2004: A major quake on the western coast of Indonesia's Aceh province triggered a "
        "tsunami that struck 14 countries, killing 226,000 people.\n"
        "2016: A shallow quake hit the Pidie Jaya regency in Aceh, causing destruction and "
        "panic as people were reminded by the devastation of the deadly 2004 quake and tsunami.\n"
    ),
    "ar": (
        "ونذكر لكم بعض الزلازل وحوادث تسونامي التي وقعت خلال الأعوام الأخيرة الماضية:\n"
        "2004: تعرضت مقاطعة آجية بإندونيسيا إلى زلزال شديد والذي تبعه حادثة تسونامي الشهيرة "
        "والتي أصابت 14 دولة، وخلفت من ورائها 226,000 من القتلى.\n"
        "2016: تعرضت منطقة بيدي جايا بمقاطعة آجية لزلزال شديد تسبب في انتشار الدمار والذعر بين "
        "السكان، ليصبح تذكرة بالدمار الذي خلفه زلزال عام 2004 وما تبعه من أمواج تسونامي المدمرة.\n"
    ),
    "fa": (
        "تعدادی از زمین لرزه های بزرگ در سالهای اخیر در زیر آمده است:\n"
        "۲۰۰۴: زمین لرزه بزرگ در ساحل غربی منطقه آکه اندونزی باعث بوجود آمدن یک سونامی بزرگ شد "
        "و به 14 کشور آسیب زد و 226000 تن را به کشتن داد.\n"
        "۲۰۱۶: یک زمین لرزه کم عمق در منطقه پیدی جایا که در آکه اتفاق افتاد و باعث دلهره و ترس "
        "درمردمی که حادثه مخرب مرگبار سونامی 2004 را به یاد داشتند، شد.\n"
    ),
}


@pytest.fixture(scope="module")
def read():
    pipeline = build_pipeline(Settings(), STAGES)

    def read(
        lang: str, text: str, day: str | None = "2015-08-02", name: str = "", outlet: str = ""
    ) -> Document:
        doc_id = f"t-{lang}{name}"
        item = {"id": doc_id, "lang": lang, "title": "", "text": text, "published": day}
        if outlet:
            item["outlet"] = outlet
        return pipeline(document_from_item(item, "test", doc_id))

    return read


@pytest.mark.parametrize(
    ("text", "lang", "year"),
    [
        ("2016: A shallow quake hit the Pidie Jaya regency in Aceh.", "en", "2016"),
        ("۲۰۱۶: یک زمین لرزه کم عمق در منطقه پیدی جایا", "fa", "2016"),
        ("1934 - هتلر يصبح القائد الأعلى في ألمانيا", "ar", "1934"),
        ("1966- الصادق المهدي (30 عامًا) يتولى رئاسة الحكومة في السودان.", "ar", "1966"),
        ("* 2018 - Major quakes hit Indonesia's tourist island of Lombok.", "en", "2018"),
    ],
)
def test_a_year_opening_a_line_is_a_date(text: str, lang: str, year: str) -> None:
    found = find_dates(text, lang, None)
    assert found[0]["value"] == year and found[0]["precision"] == "year"
    assert opens_line(text, found[0]["start"], found[0]["end"])


@pytest.mark.parametrize(
    "text",
    [
        "1990-1991 season was the club's best.",  # a range, not a line's date
        "2015 - 2016: the season in numbers",
        "The index closed at 2016: a gain of 3 points.",  # not at a line's start
        "911 - الإيطاليون يقومون بطلعات جوية",  # three digits: a list's number as well
    ],
)
def test_no_line_date(text: str) -> None:
    assert not [d for d in find_dates(text, "en", None) if d["precision"] == "year"]


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_a_line_date_outranks_the_dates_inside_its_line(read, lang: str) -> None:
    """The 2016 line recalls the 2004 quake: its happening is 2016's, and 2004 is told once."""
    entries = timeline([read(lang, QUAKES[lang], day=None)])
    assert [x["date"] for x in entries] == ["2004", "2016"]
    assert entries[1]["summary"].lstrip().startswith(("2016", "۲۰۱۶"))


def test_the_three_languages_fold_line_by_line(read) -> None:
    docs = [read(lang, QUAKES[lang], day=None) for lang in ("en", "ar", "fa")]
    entries = timeline(docs)
    assert [(x["date"], len(x["evidence"])) for x in entries] == [("2004", 3), ("2016", 3)]


def test_a_finer_date_of_the_line_dates_it_once(read) -> None:
    text = (
        "أبرز المراحل التاريخية\n"
        "* 17 يوليو 1990: صدام حسين يلقي خطابا في ذكرى ثورة يوليو 1968، واتهم دول الخليج.\n"
        "1990 - القوات العراقية تغزو الكويت في 2 أغسطس 1990 فجرا.\n"
    )
    doc = read("ar", text)
    assert [(x["date"], x["precision"]) for x in timeline([doc])] == [
        ("1990-07-17", "day"),
        ("1990-08-02", "day"),
    ]
    assert len(chronology_lines(doc)) == 2


def test_two_lines_of_one_day_are_two_happenings(read) -> None:
    text = (
        "* 2 أغسطس (آب) 1990: اعتدى العراق على الحدود الكويتية وتقدم نحو العاصمة.\n"
        "* 2 أغسطس 1990: مجلس الأمن يعقد جلسة طارئة لبحث غزو العراق للكويت.\n"
    )
    assert [x["date"] for x in timeline([read("ar", text)])] == ["1990-08-02", "1990-08-02"]


def test_an_inner_month_without_a_year_is_not_this_year(read) -> None:
    text = (
        "1950- الاتحاد السوفياتي ينضم من جديد الى هيئات الامم المتحدة التي انسحب منها في "
        "شباط/فبراير.\n"
        "2008- تسعة قتلى بين شرطة حماس واعضاء في فتح بعد تفجير في 25 تموز/يوليو.\n"
    )
    assert [x["date"] for x in timeline([read("ar", text)])] == ["1950", "2008"]


def test_a_surname_that_is_a_weekday_dates_nothing(read) -> None:
    text = (
        "وأوضح رئيس اللجنة الاجتماعية الأهلية بحي الروضة محمد الخميس أن 3 جهات حكومية تعمل "
        "على تدريب 1800 شاب وفتاة.\n"
        "وكشف الخميس عن حزمة من البرامج والفعاليات تجاوزت 30 برنامجاً تدريباً للشباب.\n"
        "ويخوض الفريق اللقاء الودي الأخير يوم الخميس المقبل.\n"
    )
    doc = read("ar", text)
    assert len(surname_dates(doc)) == 2
    assert [x["summary"].strip()[:8] for x in timeline([doc])] == ["ويخوض ال"]


def test_a_weekday_after_a_family_name_is_still_a_day(read) -> None:
    doc = read("ar", "وقال وزير الدفاع الأمريكي أشتون كارتر الخميس إن القوات ستبقى في العراق.")
    assert surname_dates(doc) == set()
    assert [x["date"] for x in timeline([doc])] == ["2015-07-30"]


# Reuters' Palu report (NTREX-128, ntrex-en-reuters.218865): its lead, the sentence above its
# fact box, and the box of earlier years
PALU_LEAD = (
    "At least 384 people have been killed by a powerful earthquake and tsunami that hit the "
    "Indonesian city of Palu on Friday, officials said, with the death toll expected to rise.\n"
    "In 1938, a tsunami killed more than 200 people and destroyed hundreds of houses in "
    "Donggala.\n"
)


def test_a_fact_box_of_earlier_years_is_background(read) -> None:
    """A chronology whose lines run over more than a year is a fact box: its lines, and a
    sentence of its document dated before its last line, are the story's background; the
    quake itself, dated only by a weekday in an undated report, leads with no date."""
    entries = timeline([read("en", PALU_LEAD + QUAKES["en"], day=None)])
    assert [(x["date"], x["background"]) for x in entries] == [
        (None, False),
        ("1938", True),
        ("2004", True),
        ("2016", True),
    ]


def test_the_story_s_own_happening_leads_its_background(read) -> None:
    """With its publication day the report's "on Friday" dates the quake: the entry leads the
    timeline, the fact box's years and 1938 follow, in date order."""
    entries = timeline([read("en", PALU_LEAD + QUAKES["en"], day="2018-09-29")])
    assert [(x["date"], x["background"]) for x in entries] == [
        ("2018-09-28", False),
        ("1938", True),
        ("2004", True),
        ("2016", True),
    ]


def test_a_chronology_of_one_event_s_days_is_no_fact_box(read) -> None:
    text = (
        "* 17 يوليو 1990: صدام حسين يلقي خطابا في ذكرى ثورة يوليو 1968، واتهم دول الخليج.\n"
        "* 2 أغسطس (آب) 1990: اعتدى العراق على الحدود الكويتية وتقدم نحو العاصمة.\n"
    )
    entries = timeline([read("ar", text, day=None)])
    assert [(x["date"], x["background"]) for x in entries] == [
        ("1990-07-17", False),
        ("1990-08-02", False),
    ]


# Reuters' Macedonian referendum report (NTREX-128, ntrex-en-reuters.218932), undated: its
# photo caption dates the vote, a comparison recalls the 2016 election
REFERENDUM = (
    "However, turnout stood at only 16 percent, compared to 34 percent in last parliamentary "
    "election in 2016 when 66 percent of the registered voters cast their ballot.\n"
    "Macedonia's PM Zoran Zaev, his wife Zorica and his son Dushko cast their ballot for the "
    "referendum in Macedonia on changing the country's name that would open the way for it to "
    "join NATO and the European Union in Strumica, Macedonia September 30, 2018.\n"
)


# Newsweek's preview of the Wheeling rally (NTREX-128, ntrex-en-newsweek.51310): undated, its
# publication inferred from the text to the year (a window of the month around the rally)
PREVIEW = (
    "Trump's Wheeling, West Virginia rally is scheduled for 7 p.m. ET tonight, Saturday, "
    "September 29, 2018.\n"
    "Saturday will be the second time in the past month that Trump has visited West Virginia, "
    "the state he won by more than 40 percentage points in 2016.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a story of undated reports has its own time in its latest entry that is no deadline
        # nor a fact box's line: the 2016 election, recalled beside the vote of 30 September
        # 2018, is background
        (REFERENDUM, "-218932", [("2018-09-30", False), ("2016", True)]),
        # a report whose publication is known only to the year (inferred from the text) still
        # bounds the story's own time from below: the first day its window allows
        (PREVIEW, "-51310", [("2018-09-29", False), ("2016", True)]),
    ],
)
def test_earlier_years_are_background_to_an_undated_or_year_dated_story(
    read, text: str, name: str, expected: list[tuple[str, bool]]
) -> None:
    entries = timeline([read("en", text, day=None, name=name)])
    assert [(x["date"], x["background"]) for x in entries] == expected


# Al-Jazirah, 1 August 2015 (snn-2015-08-01-00297): yesterday's call, and the ministers'
# meeting set for 27 August
CAIRO = (
    "واستعرض خادم الحرمين خلال اتصال أجراه أمس بالرئيس المصري العلاقات التي تربط بين البلدين "
    "الشقيقين وسبل دعمها وتعزيزها في المجالات كافة وسبل زيادة التعاون المشترك.\n"
    "وشدد على أن مباحثات القاهرة بين ولي ولي العهد والرئيس المصري، والاتفاق على إقرار القوة "
    "العربية المشتركة من شأنه أن ينعكس إيجابيا على الاجتماع المقبل لوزراء الدفاع والخارجية "
    "العرب في 27 أغسطس المقبل.\n"
)


def test_a_day_after_every_report_is_no_happening_and_follows_them(read) -> None:
    """A day after the last its reports were written on is set for later: marked upcoming
    (a meeting set for a date is no deadline: no cue sets it) and listed after the story's
    happenings, not among them."""
    entries = timeline([read("ar", CAIRO, day="2015-08-01", name="-00297")])
    marks = [(x["date"], x["upcoming"], x["deadline"], x["background"]) for x in entries]
    assert marks == [
        ("2015-07-31", False, False, False),
        ("2015-08-27", True, False, False),
    ]


def test_a_deadline_after_every_report_stays_a_deadline(read) -> None:
    """A day after every report that a cue sets as a deadline («بحلول») is a deadline, not
    upcoming (the seeds' end of 2021, here in a report of 9 August 2021: Xinhua, seed 004)."""
    text = "واتفق الوفدان على انسحاب القوات القتالية للتحالف من العراق بحلول 31 ديسمبر 2021.\n"
    (entry,) = timeline([read("ar", text, day="2021-08-09", name="-004")])
    assert (entry["date"], entry["deadline"], entry["upcoming"]) == ("2021-12-31", True, False)


# Reuters' Palu report (ntrex-en-reuters.218863), undated: the telling on Saturday, the quake
# on Friday
PALU_REUTERS = (
    "At least 384 people were killed, many swept away as giant waves crashed onto beaches, "
    "when a major earthquake and tsunami hit the Indonesian island of Sulawesi, authorities "
    "said on Saturday.\n"
    "Hundreds of people had gathered for a festival on the beach in the city of Palu on Friday "
    "when waves as high as six meters (18 feet) smashed onshore at dusk, sweeping many to their "
    "deaths and destroying anything in their path.\n"
    "The tsunami followed a 7.5 magnitude earthquake.\n"
)
# BBC's Livingston 1-0 Rangers (ntrex-en-bbc.381746), undated: its weekdays are the next
# fixtures, past its lead
LIVINGSTON = (
    "Promoted Livingston stunned Rangers to consign Steven Gerrard to just his second defeat in "
    "18 games as manager of the Ibrox club.\n"
    "Dolly Menga's strike proved to be the difference as Gary Holt's side moved level with "
    "Hibernian in second.\n"
    "Livingston miss chances against blunt visitors.\n"
    "Gerrard's side remain without an away win in the Premiership this season and face leaders "
    "Hearts, who they trail by eight points, next Sunday.\n"
    "Before then, Rangers host Rapid Vienna in the Europa League on Thursday.\n"
)


def test_an_undated_story_shows_its_own_event_with_no_date(read) -> None:
    """An undated story whose reports date what happened only by a weekday has an entry of
    its own with no date (shown "date unknown"), never a guessed day: the day a report's lead
    tells it on, not the day of the telling ("authorities said on Saturday")."""
    (entry,) = timeline([read("en", PALU_REUTERS, day=None, name="-218863")])
    assert (entry["date"], entry["precision"], entry["background"]) == (None, None, False)
    assert entry["summary"].startswith("Hundreds of people had gathered for a festival")


def test_the_export_keeps_its_timeline_dated(read) -> None:
    """The story page shows the undated own event ("date unknown"); the export contract's
    timeline entries each have an ISO date and precision, so the export leaves it out."""
    story = build_story("s1", [read("en", PALU_REUTERS, day=None, name="-218863")], {})
    assert [e["date"] for e in story["timeline"]] == [None]
    exported = exported_story(story)
    assert exported["timeline"] == [] and item_errors("story", exported) == []


def test_weekdays_past_a_lead_give_no_own_event(read) -> None:
    """The next fixtures ("next Sunday", "on Thursday"), told after a report's lead, are no
    own event of the match it reports: no entry rather than a wrong one."""
    assert timeline([read("en", LIVINGSTON, day=None, name="-381746")]) == []


def test_a_year_written_as_a_state_s_start_is_background(read) -> None:
    """ "since 2006" starts a state that lasts (Reuters on North Korea, NTREX-128,
    ntrex-en-reuters.218861): no happening of the story, and in a story nothing else dates
    it is background; a year a happening is told in stays the story's own."""
    text = (
        "The Security Council has unanimously boosted sanctions on North Korea since 2006 in a "
        "bid to choke off funding for Pyongyang's nuclear and ballistic missile programs.\n"
    )
    (entry,) = timeline([read("en", text, day=None, name="-218861")])
    assert (entry["date"], entry["background"]) == ("2006", True)
    (entry,) = timeline([read("en", PREVIEW.splitlines()[1], day=None, name="-51310b")])
    assert (entry["date"], entry["background"]) == ("2016", False)


# The Scotsman's Livingston 1-0 Rangers (ntrex-en-scotsman.133791) and its Arabic translation
# (ntrex-ar-scotsman.133791), undated: only the translation writes a weekday («يوم السبت»)
SCOTSMAN = {
    "en": "Rangers suffered another bout of away-day blues as Dolly Menga's strike consigned "
    "Steven Gerrard's disjointed side to a 1-0 defeat at Livingston.\n",
    "ar": "تعرّض فريق رينجرز لنوبة حزنأخرى خارج أرضه يوم السبت حيث أدّتهجمة دوللي مينجا إلى تأخر "
    "فريق ستيفن جيرارد غير المنتظممما نتج عنه الهزيمة أمام ليفينغستون بـ 1-0.\n",
}


def test_a_weekday_only_a_translation_writes_gives_no_own_event(read) -> None:
    """A translation adds its sentence to a weekday its original names, and names none of its
    own: the Arabic «يوم السبت» has no word in the English report (the match was a Sunday's)."""
    docs = [
        read(lang, text, day=None, name="-133791", outlet="The Scotsman")
        for lang, text in SCOTSMAN.items()
    ]
    assert timeline(docs) == []
    assert [x["date"] for x in timeline(docs[1:])] == [None]  # the Arabic alone: its own report


# Previews (round stories84): the weekday of their lead names the event to come.
# Reuters's Scherzer report (ntrex-en-reuters.218921), undated
SCHERZER = (
    "With the Nationals eliminated from playoff contention, there wasn't much reason to force "
    "another start.\n"
    "But the ever-competitive Scherzer hopes to take the mound on Sunday against the Colorado "
    "Rockies, but only if there are still playoff implications for the Rockies, who hold a "
    "one-game lead over the Los Angeles Dodgers in the NL West.\n"
    "The Rockies clinched at least a wild-card spot with a 5-2 win over the Nationals on Friday "
    "night, but are still looking to lock up their first division title.\n"
)


def test_a_day_someone_hopes_to_act_on_is_no_own_event(read) -> None:
    """ "hopes to take the mound on Sunday" is still to come; the win "on Friday night" the
    report also tells is its own event."""
    (entry,) = timeline([read("en", SCHERZER, day=None, name="-218921")])
    assert entry["date"] is None and entry["summary"].startswith("The Rockies clinched")


# The Scotsman's Dorrans interview (ntrex-en-scotsman.133801) and Reuters's Catalan report
# (ntrex-en-reuters.218888), undated, each under an "ahead of" headline
DORRANS = (
    "Rangers host Rapid Vienna on Thursday, knowing that victory over the Austrians, following "
    "the impressive draw in Spain against Villarreal earlier this month, will put them in a "
    "strong position to qualify from Group G of the Europa League.\n"
)
CATALAN = (
    "Six people were arrested in Barcelona on Saturday after pro-independence protesters "
    "clashed with riot police.\n"
)


def test_a_preview_s_weekday_is_no_own_event(read) -> None:
    """Under a headline announcing a coming event, a weekday named with no past verb before it
    is the event to come; one told with a past verb ("were arrested … on Saturday") is the
    report's own."""
    dorrans = read("en", DORRANS, day=None, name="-133801")
    dorrans.title = "Rangers' Graham Dorrans optimistic ahead of Rapid Vienna clash"
    assert timeline([dorrans]) == []
    catalan = read("en", CATALAN, day=None, name="-218888")
    catalan.title = "Police clash with Catalan separatists ahead of independence vote anniversary"
    (entry,) = timeline([catalan])
    assert entry["date"] is None and entry["summary"].startswith("Six people were arrested")
