"""Longer articles, each with several speakers who come back by surname, pronoun and role.

Written after the fresh_cases.py fixes, to measure them on unseen text; the first scored run is
recorded in docs/quality.md before any rule was changed because of it. Same format as
news_cases.py.
"""

CASES = [
    dict(
        id="hospital-strike",
        text=(
            "Nurses at St Mary’s Hospital in Bristol walked out on Monday in the first strike at the "
            "hospital in its 90-year history.\n\n"
            "“Nobody here wanted to do this,” said Claire Whitfield, a ward sister who has worked at St "
            "Mary’s for 22 years. “We are exhausted, and the patients can see it.”\n\n"
            "Whitfield said staffing on her ward had fallen by a third since 2020.\n\n"
            "The hospital’s chief executive, Robert Ainsley, said he respected the nurses’ right to "
            "strike but called the timing “deeply regrettable.”\n\n"
            "“We have offered a fair settlement and our door remains open,” Ainsley said in a "
            "statement.\n\n"
            "The Royal College of Nursing said the offer amounted to a real-terms pay cut. Its regional "
            "secretary, Imran Qureshi, told reporters: “The offer does not even match inflation.”"
        ),
        quotes=[
            dict(content="Nobody here wanted to do this,", speaker=["Claire Whitfield"], kind="direct"),
            dict(content="We are exhausted, and the patients can see it.", speaker=["Claire Whitfield"], kind="direct"),
            dict(content="deeply regrettable.", speaker=["Robert Ainsley"], kind="partial"),
            dict(
                content="We have offered a fair settlement and our door remains open,",
                speaker=["Robert Ainsley"],
                kind="direct",
            ),
            dict(content="The offer does not even match inflation.", speaker=["Imran Qureshi"], kind="direct"),
            dict(
                content="staffing on her ward had fallen by a third since 2020",
                speaker=["Claire Whitfield"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="tech-earnings",
        text=(
            "SAN FRANCISCO — Shares of Corvid Systems jumped 14% in after-hours trading on Thursday "
            "after the chipmaker reported record quarterly revenue.\n\n"
            "“Demand for our data-center chips is running well ahead of what we can build,” Chief "
            "Executive Maya Lindgren said on a call with analysts. She said the company would open a "
            "second factory in Arizona next year.\n\n"
            "Analysts were cautious. “The numbers are great, but the valuation already assumes "
            "perfection,” said Tom Reyes, an analyst at Barrow Capital.\n\n"
            "Corvid said it expected revenue of $4.1 billion in the current quarter. “We are not "
            "seeing any slowdown,” Lindgren added."
        ),
        quotes=[
            dict(
                content="Demand for our data-center chips is running well ahead of what we can build,",
                speaker=["Maya Lindgren"],
                kind="direct",
            ),
            dict(
                content="The numbers are great, but the valuation already assumes perfection,",
                speaker=["Tom Reyes"],
                kind="direct",
            ),
            dict(content="We are not seeing any slowdown,", speaker=["Maya Lindgren"], kind="direct"),
            dict(
                content="the company would open a second factory in Arizona next year",
                speaker=["Maya Lindgren"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="election-night",
        text=(
            "Incumbent mayor Gloria Fenwick conceded shortly before midnight, ending a 12-year run at "
            "City Hall.\n\n"
            "Speaking to supporters at a downtown hotel, Fenwick thanked her staff and urged the crowd "
            "to “give the new mayor a fair chance.”\n\n"
            "“This city has given me more than I could ever give back,” she said, her voice breaking.\n\n"
            "Her challenger, 38-year-old council member Darius Holt, promised a “new kind of "
            "politics.” He told the cheering crowd at his campaign headquarters: “Tonight, the "
            "neighborhoods won.”"
        ),
        quotes=[
            dict(content="give the new mayor a fair chance.", speaker=["Gloria Fenwick"], kind="partial"),
            dict(
                content="This city has given me more than I could ever give back,",
                speaker=["Gloria Fenwick"],
                kind="direct",
            ),
            dict(content="new kind of politics.", speaker=["Darius Holt"], kind="partial"),
            dict(content="Tonight, the neighborhoods won.", speaker=["Darius Holt"], kind="direct"),
        ],
    ),
    dict(
        id="wildfire",
        text=(
            "More than 4,000 people were ordered to leave their homes as a wildfire spread across the "
            "hills north of the city on Saturday.\n\n"
            "Fire officials said the blaze had burned 9,000 acres and was 5% contained. “The wind is "
            "our biggest enemy right now,” said Battalion Chief Ana Morales of the county fire "
            "department.\n\n"
            "Residents described a frantic escape. “We grabbed the kids and the dog and just drove,” "
            "said Kevin Tran, 41, who spent the night in an evacuation center. “I don’t know if we have "
            "a house anymore.”\n\n"
            "The National Weather Service warned that gusts could reach 60 mph overnight."
        ),
        quotes=[
            dict(content="The wind is our biggest enemy right now,", speaker=["Ana Morales"], kind="direct"),
            dict(content="We grabbed the kids and the dog and just drove,", speaker=["Kevin Tran"], kind="direct"),
            dict(content="I don’t know if we have a house anymore.", speaker=["Kevin Tran"], kind="direct"),
            dict(
                content="the blaze had burned 9,000 acres and was 5% contained",
                speaker=["Fire officials", "officials"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="football-transfer",
        text=(
            "Harlow United have signed midfielder Joao Pereira from Benfica for a club-record fee.\n\n"
            "The Portuguese international, 26, said he had wanted to play in England “since I was a "
            "little boy.”\n\n"
            "“He gives us energy and control in the middle of the park,” manager Steve Doyle said. "
            "“I have followed him for three years.”\n\n"
            "Asked about the fee, Doyle smiled. “You will have to ask the chairman about that.”"
        ),
        quotes=[
            dict(content="since I was a little boy.", speaker=["Joao Pereira"], kind="partial"),
            dict(
                content="He gives us energy and control in the middle of the park,",
                speaker=["Steve Doyle"],
                kind="direct",
            ),
            dict(content="I have followed him for three years.", speaker=["Steve Doyle"], kind="direct"),
            dict(content="You will have to ask the chairman about that.", speaker=["Steve Doyle"], kind="direct"),
        ],
    ),
    dict(
        id="climate-talks",
        text=(
            "Negotiators at the climate summit in Nairobi failed to agree on a timetable for phasing "
            "out coal on Friday, pushing the talks into an extra day.\n\n"
            "“We came here to keep 1.5 degrees alive, and we are not leaving without it,” said Tuvalu’s "
            "environment minister, Seve Paeniu.\n\n"
            "A senior European diplomat, who spoke on condition of anonymity because the talks were "
            "ongoing, said the gap between the two sides was “narrowing but real.”\n\n"
            "The conference president, Kenyan Cabinet Secretary Soipan Tuya, told delegates late on "
            "Friday that a new draft would be ready by morning. “Get some sleep,” she said. “Tomorrow "
            "we finish this.”"
        ),
        quotes=[
            dict(
                content="We came here to keep 1.5 degrees alive, and we are not leaving without it,",
                speaker=["Seve Paeniu"],
                kind="direct",
            ),
            dict(
                content="narrowing but real.",
                speaker=["A senior European diplomat", "diplomat", "senior European diplomat"],
                kind="partial",
            ),
            dict(content="Get some sleep,", speaker=["Soipan Tuya"], kind="direct"),
            dict(content="Tomorrow we finish this.", speaker=["Soipan Tuya"], kind="direct"),
        ],
    ),
    dict(
        id="trial-testimony",
        text=(
            "The former finance director of Larkin Group told a jury on Tuesday that she had been "
            "ordered to move money between accounts to hide losses.\n\n"
            "“I was told it was temporary, that it would all be put back,” Helen Marsh testified. Marsh, "
            "who has pleaded guilty to fraud, is the prosecution’s main witness.\n\n"
            "Under cross-examination, defence barrister Julian Crane suggested she was lying to reduce "
            "her own sentence. “That is simply not true,” she replied.\n\n"
            "Crane told the court his client, former chief executive Peter Larkin, “knew nothing” of "
            "the transfers."
        ),
        quotes=[
            dict(
                content="I was told it was temporary, that it would all be put back,",
                speaker=["Helen Marsh"],
                kind="direct",
            ),
            dict(content="That is simply not true,", speaker=["Helen Marsh"], kind="direct"),
            dict(content="knew nothing", speaker=["Julian Crane"], kind="partial"),
        ],
    ),
    dict(
        id="research-study",
        text=(
            "People who walk at least 7,000 steps a day have a lower risk of early death, according to "
            "a study of 48,000 adults published on Wednesday in The Lancet.\n\n"
            "“You don’t need 10,000 steps to see a benefit,” said Dr. Amanda Paluch, an epidemiologist "
            "at the University of Massachusetts who led the study. “The gains level off after about "
            "8,000.”\n\n"
            "Other researchers urged caution. The study shows an association, not cause and effect, "
            "noted Professor Ian Hollis of King’s College London. “People who walk more may simply be "
            "healthier to begin with,” he said."
        ),
        quotes=[
            dict(content="You don’t need 10,000 steps to see a benefit,", speaker=["Amanda Paluch"], kind="direct"),
            dict(content="The gains level off after about 8,000.", speaker=["Amanda Paluch"], kind="direct"),
            dict(
                content="People who walk more may simply be healthier to begin with,",
                speaker=["Ian Hollis"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="police-appeal",
        text=(
            "Police are appealing for witnesses after a man was seriously injured in a hit-and-run in "
            "Northampton on Sunday night.\n\n"
            "The 34-year-old was struck by a dark-coloured car on Wellingborough Road at about 11pm. "
            "He remains in hospital in a critical condition.\n\n"
            "“The driver did not stop and we need to find them,” Detective Sergeant Lucy Hammond said. "
            "“Someone will know who was behind the wheel that night.”"
        ),
        quotes=[
            dict(content="The driver did not stop and we need to find them,", speaker=["Lucy Hammond"], kind="direct"),
            dict(
                content="Someone will know who was behind the wheel that night.",
                speaker=["Lucy Hammond"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="profile-says",
        text=(
            "Every morning at five, Rosa Delgado unlocks the bakery her grandmother opened in 1961.\n\n"
            "“My grandmother used to say bread doesn’t wait for anybody,” Delgado says, dusting flour "
            "from her apron. “She was right.”\n\n"
            "Her son Mateo, 19, now works the counter on weekends. He is less sure about the hours. "
            "“I love it here,” he says. “I just don’t love five a.m.”"
        ),
        quotes=[
            dict(
                content="My grandmother used to say bread doesn’t wait for anybody,",
                speaker=["Rosa Delgado"],
                kind="direct",
            ),
            dict(content="She was right.", speaker=["Rosa Delgado"], kind="direct"),
            dict(content="I love it here,", speaker=["Mateo", "Mateo Delgado"], kind="direct"),
            dict(content="I just don’t love five a.m.", speaker=["Mateo", "Mateo Delgado"], kind="direct"),
        ],
    ),
    dict(
        id="government-statement",
        text=(
            "The Department for Transport has delayed the new rail timetable by six months.\n\n"
            "“We want to get this right rather than rush it,” a department spokesperson said.\n\n"
            "Labour’s transport spokesman, Owen Pryce, said the delay was “yet another broken "
            "promise” to commuters in the north."
        ),
        quotes=[
            dict(
                content="We want to get this right rather than rush it,",
                speaker=["a department spokesperson", "Department for Transport", "spokesperson"],
                kind="direct",
            ),
            dict(content="yet another broken promise", speaker=["Owen Pryce"], kind="partial"),
        ],
    ),
    dict(
        id="multi-paragraph-interview",
        text=(
            "In an interview with The Guardian, the novelist Hanna Berglund spoke about the year she "
            "stopped writing.\n\n"
            "“I would sit at the desk every morning and nothing came. Not a sentence.\n\n"
            "“Then one day my daughter asked me to tell her a story, and I just started talking. "
            "That story became the book,” Berglund said."
        ),
        quotes=[
            dict(
                content="I would sit at the desk every morning and nothing came. Not a sentence.",
                speaker=["Hanna Berglund"],
                kind="direct",
            ),
            dict(
                content=(
                    "Then one day my daughter asked me to tell her a story, and I just started talking. "
                    "That story became the book,"
                ),
                speaker=["Hanna Berglund"],
                kind="direct",
            ),
        ],
    ),
]
