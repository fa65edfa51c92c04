"""Arabic quotes, session 60 (speakers70ar; issue 21 point 3): a topic phrase that opens a
clause before a speech verb («وعن …، قال», «وحول … قال», «وفيما يخص … قال») names what is
spoken of; the answer is the last speaker's, not the club or person the question names. Short
sentences in the style of the SaudiNewsNet articles."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import after_topic_phrase, find_quotes
from rasad.text.normalize import fold_same_length

INTERVIEW = (
    "أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار"
    " الاعتزال. وعن علاقته مع الرئيس السابق خالد البلطان قال: «هو من استقطبني لنادي الشباب"
    " وطلبني بالاسم من الهلال». وحول ابتعاد خالد عزيز عن الملاعب قال: «لا أستطيع أن أقول عن"
    " خالد عزيز إلا الله يسامحه»."
)


def speakers_70ar(text: str) -> list[str | None]:
    """The speaker as written for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_an_interviews_topic_names_are_not_the_speaker():
    """snn-2015-08-04-01240 (quotes_dev70ar.tsv): nine answers went to the club or person each
    question named («خالد البلطان», «الشباب», «خالد عزيز»)."""
    said = speakers_70ar(INTERVIEW)
    assert len(said) == 3
    assert said == ["عمر الغامدي"] * 3


def test_a_topic_phrase_ends_at_its_last_comma_or_the_cue():
    """The subject slot before the cue starts past the topic phrase: at the cue with no comma
    (no subject written before the verb), after the comma when there is one."""
    text = fold_same_length("وعن مدى رضاه عما قدمه مع فريق الشباب قال: «")
    cue = text.index("قال")
    assert after_topic_phrase(text, 0, cue) == cue
    text = fold_same_length("وعن الدور الإيراني بالأزمة اليمنية، قال: “")
    cue = text.index("قال")
    assert after_topic_phrase(text, 0, cue) == text.index("،") + 1


def test_a_coordinated_about_phrase_opens_nothing():
    """«تحدث الوزير عن الخطة وعن دور الشركة قائلا»: «وعن» after a word coordinates, so the
    clause keeps its subject slot from its start."""
    raw = "وتحدث الوزير عن الخطة وعن دور الشركة قائلا إن"
    text, cue = fold_same_length(raw), raw.index("قائلا")
    assert after_topic_phrase(text, 0, cue) == 0


def test_a_topic_after_a_quote_and_a_comma_still_opens_a_clause():
    """«…»، وعن مدى رضاه … قال: «…»: the opener follows a closing mark and a comma."""
    text = fold_same_length("لموسمين قادمين»، وعن مدى رضاه عما قدمه مع فريق الشباب قال: «")
    cue = text.index("قال")
    assert after_topic_phrase(text, 0, cue) == cue


def test_about_after_a_titles_closing_mark_opens_nothing():
    """«ما ذكره الأستاذ عابد خزندار في كتاب «الاثنينية» عن السيد أحمد العربي فقد روى أنه قال»
    (unlabelled SaudiNewsNet): «عن» after a book's closing mark tells whom the book speaks of;
    the name stays the speaker."""
    raw = "ما ذكره الأستاذ عابد خزندار في كتاب «الاثنينية» عن السيد أحمد العربي فقد روى أنه قال"
    text, cue = fold_same_length(raw), raw.index("قال")
    assert after_topic_phrase(text, 0, cue) == 0


def test_a_foreign_name_after_the_roles_company_speaks():
    """snn-2015-08-02-00772 (quotes_dev70ar.tsv): «كي وون بارك» is not recognised, so the
    company of his role («سامسونج») was the speaker."""
    text = (
        'وقال المدير العام لشركة سامسونج للإلكترونيات بالمملكة كي وون بارك، إن "شركة سامسونج'
        ' نجحت في تسخير خبراتها وإمكاناتها لتقديم أفضل تجربة صوتية للمستخدمين".'
    )
    assert speakers_70ar(text) == ["كي وون بارك"]


def test_a_statement_after_the_roles_body_keeps_the_role():
    """«وقال المتحدث باسم وزارة الداخلية في تصريح صحفي، إن»: the words before the comma are no
    name (common words), so the role stays the speaker."""
    text = "وقال المتحدث باسم وزارة الداخلية في تصريح صحفي، إن الحادث وقع مساء أمس في حي الشرفية."
    assert speakers_70ar(text) == ["المتحدث باسم وزارة الداخلية"]


def test_about_after_an_asides_comma_is_the_verbs_complement():
    """«وأعرب المدرب الصربي، الذي حل محل فيليبو إنزاغي …، عن أمله …، ويقول عنه»
    (quotes_dev60ar.tsv): a bare «عن» after a comma is «أعرب»'s own complement, no question;
    only «وعن» after a comma opens one."""
    raw = "وأعرب المدرب الصربي، الذي حل محل فيليبو إنزاغي، عن أمله في ضم مدافع روما، ويقول عنه"
    text, cue = fold_same_length(raw), raw.index("ويقول")
    assert after_topic_phrase(text, 0, cue) == 0
