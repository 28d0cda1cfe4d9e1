"""Session 13: the sides of events (source and target) read from the construction that names them."""

from .test_events import _events_of


def test_attacks_a_state_suffers_are_not_made_by_the_state_condemning_them():
    # "للهجمات الصاروخية التي تتعرض لها المملكة": Saudi Arabia suffers the attacks; Kuwait, which
    # condemns them, does not make them; its call on the Security Council stays its own
    evs = _events_of("أعربت دولة الكويت عن استنكارها وإدانتها الشديدتين للهجمات الصاروخية التي تتعرض لها "
                     "المملكة العربية السعودية، داعية مجلس الأمن الدولي بالتحرك الفوري لوضع حد لتلك الهجمات.")
    assert not any(t == "ASSAULT" and "الكويت" in a for t, a, r, _ in evs), evs
    assert any(t == "REQUEST" and a == ["الكويت"] and r == ["مجلس الأمن الدولي"] for t, a, r, _ in evs), evs


def test_a_state_force_does_not_strike_its_own_capital_where_it_acts():
    # "في ريف دمشق"، "فوق العاصمة الرياض": the capital is where the air defences act, not whom
    for text in ("وقال مصدر عسكري إن الدفاعات الجوية السورية دمرت صاروخين إسرائيليين في منطقة الكسوة في ريف دمشق.",
                 "واعترضت قوات الدفاع الجوي السعودي صاروخا باليستيا فوق العاصمة الرياض."):
        evs = _events_of(text)
        assert not any(r and r[0] in ("دمشق", "الرياض") for t, a, r, _ in evs), evs


def test_a_state_force_does_not_strike_its_own_capital_where_it_acts():
    # "في ريف دمشق"، "فوق العاصمة الرياض": the capital is where the air defences act, not whom
    # they strike (a rival's campaign "للسيطرة على العاصمة طرابلس" keeps it: the seed article)
    for text in ("وقال مصدر عسكري إن الدفاعات الجوية السورية دمرت صاروخين إسرائيليين في منطقة الكسوة في ريف دمشق.",
                 "واعترضت قوات الدفاع الجوي السعودي صاروخا باليستيا فوق العاصمة الرياض."):
        evs = _events_of(text)
        assert not any(r and r[0] in ("دمشق", "الرياض") for t, a, r, _ in evs), evs


def test_strikes_warned_of_are_not_the_warners_own():
    # "وحذر بوتين من أن ضربات جديدة ضد سوريا ستحدث فوضى": the strikes are the West's, feared by Putin;
    # one who says it may tell his own act ("وقال قائد قوات التحالف ... إن تحرير مطار الحديدة تم")
    evs = _events_of("وحذر الرئيس الروسي فلاديمير بوتين من أن ضربات جديدة ضد سوريا ستحدث فوضى في العلاقات الدولية.")
    assert not any(t == "ASSAULT" and "فلاديمير بوتين" in a for t, a, r, _ in evs), evs
    evs = _events_of("وقال قائد قوات التحالف العربي في الساحل الغربي، الثلاثاء، إن تحرير مطار الحديدة من "
                     "ميليشيات الحوثي تم بمشاركة ألوية العمالقة.")
    assert any(t == "ASSAULT" and "التحالف العربي" in a for t, a, r, _ in evs), evs


def test_arrests_and_signings_deemed_or_warned_of_are_not_the_speakers_own():
    # "وحذر الاتحاد الأوروبي من أن اعتقال المعارضين": the EU arrests no one; "ورأت المحكمة أن التوقيع
    # على اتفاقية ترسيم الحدود": the court signs nothing
    evs = _events_of("وحذر الاتحاد الأوروبي من أن اعتقال المعارضين في تركيا يقوض الديمقراطية.")
    assert not any(t == "COERCE" and "الاتحاد الأوروبي" in a for t, a, r, _ in evs), evs
    evs = _events_of("ورأت المحكمة الدستورية العليا في مصر أن التوقيع على اتفاقية ترسيم الحدود مع السعودية "
                     "عمل من أعمال السيادة.")
    assert not any(t == "AGREE" for t, a, r, _ in evs), evs
