"""Wire-service style passages: datelines, US attribution style, longer multi-speaker stories.

Written after the rules, to measure them on unseen text; its first scored run is recorded in
docs/quality.md before any rule was changed because of it. Same format as news_cases.py.
"""

CASES = [
    dict(
        id="dateline-ap",
        text=(
            "WASHINGTON (AP) — The Senate on Thursday passed a $95 billion aid package after months of "
            "delay.\n\n"
            "“This is a historic day,” Senate Majority Leader Chuck Lowry said on the floor. “We kept our "
            "word.”\n\n"
            "Republican Sen. Josh Hadley voted against the bill. He called it “a blank check with no "
            "oversight.”"
        ),
        quotes=[
            dict(content="This is a historic day,", speaker=["Chuck Lowry"], kind="direct"),
            dict(content="We kept our word.", speaker=["Chuck Lowry"], kind="direct"),
            dict(content="a blank check with no oversight.", speaker=["Josh Hadley"], kind="partial"),
        ],
    ),
    dict(
        id="said-tuesday",
        text=(
            "“We’re seeing record demand,” Chief Executive Officer Lisa Tran said Tuesday in an interview. "
            "The company expects sales to rise 12% this year, she said."
        ),
        quotes=[
            dict(content="We’re seeing record demand,", speaker=["Lisa Tran"], kind="direct"),
            dict(
                content="The company expects sales to rise 12% this year",
                speaker=["Lisa Tran"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="em-dash-interruption",
        text=(
            "“The problem — and I have said this for years — is funding,” said Dr. Rosa Alvarez, who runs the clinic."
        ),
        quotes=[
            dict(
                content="The problem — and I have said this for years — is funding,",
                speaker=["Rosa Alvarez"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="question-mark-quote",
        text=("“Who is going to pay for this?” asked Councilman Eric Doyle."),
        quotes=[dict(content="Who is going to pay for this?", speaker=["Eric Doyle"], kind="direct")],
    ),
    dict(
        id="exclamation",
        text=("“Never again!” the crowd shouted as the verdict was read."),
        quotes=[dict(content="Never again!", speaker=["the crowd"], kind="direct")],
    ),
    dict(
        id="spokesperson-named-later",
        text=(
            "The airline confirmed the flight had been diverted to Shannon. “The aircraft landed safely "
            "and all passengers are being looked after,” said Emma Walsh, a spokeswoman for Aer Celtic."
        ),
        quotes=[
            dict(
                content="The aircraft landed safely and all passengers are being looked after,",
                speaker=["Emma Walsh"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="long-article-mixed",
        text=(
            "BRUSSELS — European leaders clashed on Friday over a plan to share the cost of defence.\n\n"
            "French President Claire Marchand urged her counterparts to “think big”. “Europe cannot "
            "depend on others for its security,” she told a news conference.\n\n"
            "Dutch Prime Minister Pieter de Vries was unconvinced. “We need to see the numbers first,” "
            "he said. “Nobody signs a blank cheque.”\n\n"
            "Diplomats said a compromise was unlikely before the summer."
        ),
        quotes=[
            dict(content="think big", speaker=["Claire Marchand"], kind="partial"),
            dict(
                content="Europe cannot depend on others for its security,", speaker=["Claire Marchand"], kind="direct"
            ),
            dict(content="We need to see the numbers first,", speaker=["Pieter de Vries"], kind="direct"),
            dict(content="Nobody signs a blank cheque.", speaker=["Pieter de Vries"], kind="direct"),
            dict(
                content="a compromise was unlikely before the summer",
                speaker=["Diplomats"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="headline-and-body",
        text=(
            "Minister: ‘No new taxes this year’\n\n"
            "Finance Minister Kofi Mensah has ruled out tax rises. “There will be no new taxes this year,” "
            "Mensah told parliament."
        ),
        quotes=[
            dict(content="No new taxes this year", speaker=["Kofi Mensah", "Minister"], kind="direct", optional=True),
            dict(content="There will be no new taxes this year,", speaker=["Kofi Mensah"], kind="direct"),
        ],
    ),
    dict(
        id="police-statement",
        text=(
            "A 34-year-old man has been charged with murder, Thames Valley Police said. “Our thoughts are "
            "with the victim’s family,” Detective Superintendent Gail Ross said in a statement."
        ),
        quotes=[dict(content="Our thoughts are with the victim’s family,", speaker=["Gail Ross"], kind="direct")],
    ),
    dict(
        id="quoted-tweet",
        text=(
            "Tennis star Mia Kowalski posted on Instagram: “Heartbroken, but I’ll be back stronger.” "
            "Her coach said she had torn a ligament."
        ),
        quotes=[
            dict(content="Heartbroken, but I’ll be back stronger.", speaker=["Mia Kowalski"], kind="direct"),
            dict(content="she had torn a ligament", speaker=["Her coach"], kind="indirect", optional=True),
        ],
    ),
    dict(
        id="says-present",
        text=("“It’s the best job I’ve ever had,” says Tom Okafor, 29, who joined the fire service last year."),
        quotes=[dict(content="It’s the best job I’ve ever had,", speaker=["Tom Okafor"], kind="direct")],
    ),
    dict(
        id="partial-told",
        text=("Mr Okafor told the Echo the training had been “brutal but worth it”."),
        quotes=[dict(content="brutal but worth it", speaker=["Okafor"], kind="partial")],
    ),
    dict(
        id="three-speakers-paragraphs",
        text=(
            "“We are cautiously optimistic,” said Dr Irene Sato, who led the study.\n\n"
            "Not everyone agrees. “The sample was far too small,” said Professor Daniel Weiss of Leeds "
            "University.\n\n"
            "Sato rejected that. “Every trial starts small,” she said."
        ),
        quotes=[
            dict(content="We are cautiously optimistic,", speaker=["Irene Sato"], kind="direct"),
            dict(content="The sample was far too small,", speaker=["Daniel Weiss"], kind="direct"),
            dict(content="Every trial starts small,", speaker=["Irene Sato"], kind="direct"),
        ],
    ),
    dict(
        id="scare-quotes-news",
        text=("The government’s “levelling up” agenda has been quietly dropped, documents show."),
        quotes=[dict(content="levelling up", speaker=None, kind="partial", optional=True)],
    ),
    dict(
        id="movie-title-review",
        text=(
            "Director Ana Lima’s new film “Quiet Harbour” opens on Friday. “It is the most personal thing I "
            "have made,” Lima said."
        ),
        quotes=[dict(content="It is the most personal thing I have made,", speaker=["Ana Lima"], kind="direct")],
    ),
    dict(
        id="unattributed-only",
        text=("“Change is coming.” The slogan was painted on walls across the city overnight."),
        quotes=[dict(content="Change is coming.", speaker=None, kind="direct", optional=True)],
    ),
    dict(
        id="inverted-after-comma-long",
        text=(
            "“We have never seen anything like it,” said Maria Santos, a nurse at St Anne’s Hospital for "
            "twenty years, as she left her shift on Saturday."
        ),
        quotes=[dict(content="We have never seen anything like it,", speaker=["Maria Santos"], kind="direct")],
    ),
    dict(
        id="reported-told",
        text=(
            "The striker told reporters he was “gutted” and would return next season. Club doctor Sam "
            "Idris said the injury would take months to heal."
        ),
        quotes=[
            dict(content="gutted", speaker=["The striker", "striker"], kind="partial"),
            dict(content="the injury would take months to heal", speaker=["Sam Idris"], kind="indirect", optional=True),
        ],
    ),
    dict(
        id="according-to-report",
        text=("Unemployment rose to 5.1% in March, according to figures from the Office for National Statistics."),
        quotes=[],
    ),
    dict(
        id="colon-after-noun-intro",
        text=("The message from the coach was simple: “Win and we are champions.”"),
        quotes=[dict(content="Win and we are champions.", speaker=["the coach", "coach"], kind="direct")],
    ),
]
