"""Fresh passages in the styles of wires, broadsheets, business, court, science and sports pages.

Written after every rule, to measure them on unseen text; the first scored run is recorded in
docs/quality.md before any rule was changed because of it. Same format as news_cases.py.
"""

CASES = [
    dict(
        id="council-budget",
        text=(
            "LEEDS — The city council approved a budget on Wednesday that cuts library hours and raises "
            "parking charges for the second year running.\n\n"
            "Council leader Priya Sandhu defended the plan. “Nobody came into politics to close "
            "libraries,” she said. “But the money from central government has simply not kept pace.”\n\n"
            "Opposition councillor Mark Devlin called the cuts “a choice, not a necessity” and said his "
            "group would table an amendment next month.\n\n"
            "“We have shown where the savings could come from,” Devlin said."
        ),
        quotes=[
            dict(content="Nobody came into politics to close libraries,", speaker=["Priya Sandhu"], kind="direct"),
            dict(
                content="But the money from central government has simply not kept pace.",
                speaker=["Priya Sandhu"],
                kind="direct",
            ),
            dict(content="a choice, not a necessity", speaker=["Mark Devlin"], kind="partial"),
            dict(content="We have shown where the savings could come from,", speaker=["Mark Devlin"], kind="direct"),
        ],
    ),
    dict(
        id="match-report",
        text=(
            "Ellie Okafor scored twice as Northbridge beat Castleford 3-1 to move top of the table.\n\n"
            "The 24-year-old, who joined in the summer, was modest afterwards. “The goals are nice, but "
            "the defenders did the hard work today,” she told BBC Sport.\n\n"
            "Northbridge manager Tom Beale praised his side’s patience. “We didn’t panic when they "
            "scored,” Beale said. “That is the difference from last season.”"
        ),
        quotes=[
            dict(
                content="The goals are nice, but the defenders did the hard work today,",
                speaker=["Ellie Okafor"],
                kind="direct",
            ),
            dict(content="We didn’t panic when they scored,", speaker=["Tom Beale"], kind="direct"),
            dict(content="That is the difference from last season.", speaker=["Tom Beale"], kind="direct"),
        ],
    ),
    dict(
        id="court",
        text=(
            "A former bank manager was jailed for six years on Friday for stealing £2.3m from elderly "
            "customers.\n\n"
            "Sentencing Graham Hollis, 58, Judge Caroline Mercer said he had “betrayed the trust of "
            "people who relied on him completely.”\n\n"
            "“You targeted those least able to notice,” the judge told him.\n\n"
            "Hollis’s barrister, Anil Mehta, said his client was “deeply ashamed” and had repaid part of "
            "the money."
        ),
        quotes=[
            dict(
                content="betrayed the trust of people who relied on him completely.",
                speaker=["Caroline Mercer"],
                kind="partial",
            ),
            dict(content="You targeted those least able to notice,", speaker=["Caroline Mercer"], kind="direct"),
            dict(content="deeply ashamed", speaker=["Anil Mehta"], kind="partial"),
        ],
    ),
    dict(
        id="company-statement",
        text=(
            "Halden Foods is recalling 40,000 jars of baby food after traces of glass were found at its "
            "Doncaster plant.\n\n"
            "“The safety of the children who eat our products is our first concern,” the company said in "
            "a statement. It said no injuries had been reported.\n\n"
            "A spokeswoman for the Food Standards Agency said: “Parents should check the batch number "
            "and return any affected jars.”"
        ),
        quotes=[
            dict(
                content="The safety of the children who eat our products is our first concern,",
                speaker=["Halden Foods"],
                kind="direct",
            ),
            dict(
                content="Parents should check the batch number and return any affected jars.",
                speaker=["A spokeswoman for the Food Standards Agency", "Food Standards Agency", "spokeswoman"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="science-outside-expert",
        text=(
            "Bees exposed to low doses of the pesticide forgot the way back to their hives, the study "
            "found.\n\n"
            "“This is the clearest evidence yet that the effect is real in the field,” said Dr. Sofia "
            "Lindqvist, an ecologist at Uppsala University who was not involved in the research.\n\n"
            "The lead author, Professor Kwame Asante, cautioned that the study covered only one "
            "species. “We should not assume every bee responds the same way,” he said."
        ),
        quotes=[
            dict(
                content="This is the clearest evidence yet that the effect is real in the field,",
                speaker=["Sofia Lindqvist"],
                kind="direct",
            ),
            dict(
                content="We should not assume every bee responds the same way,", speaker=["Kwame Asante"], kind="direct"
            ),
        ],
    ),
    dict(
        id="multi-paragraph",
        text=(
            "Retired firefighter Denise Kowalski remembers the night of the warehouse fire.\n\n"
            "“The roof came down about ten minutes after we got there,” Kowalski said. “We had already "
            "pulled everyone back, thank God.\n\n"
            "“If we had been inside, none of us would be here to talk about it.”"
        ),
        quotes=[
            dict(
                content="The roof came down about ten minutes after we got there,",
                speaker=["Denise Kowalski"],
                kind="direct",
            ),
            dict(content="We had already pulled everyone back, thank God.", speaker=["Denise Kowalski"], kind="direct"),
            dict(
                content="If we had been inside, none of us would be here to talk about it.",
                speaker=["Denise Kowalski"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="as-x-put-it",
        text=(
            "Prices at the pump have risen for nine weeks in a row. As one driver in Swindon, Carl "
            "Hughes, put it: “Every week I fill up and every week it costs more.”"
        ),
        quotes=[
            dict(content="Every week I fill up and every week it costs more.", speaker=["Carl Hughes"], kind="direct")
        ],
    ),
    dict(
        id="tweet",
        text=(
            "Governor Rebecca Alston announced the evacuation order late on Sunday. “Leave now. Do not "
            "wait for the water to reach your door,” Alston wrote on X.\n\n"
            "Her Republican rival, state Sen. Dale Whitcomb, accused her of acting “far too late.”"
        ),
        quotes=[
            dict(
                content="Leave now. Do not wait for the water to reach your door,",
                speaker=["Rebecca Alston"],
                kind="direct",
            ),
            dict(content="far too late.", speaker=["Dale Whitcomb"], kind="partial"),
        ],
    ),
    dict(
        id="british-single",
        text=(
            "The headteacher, Fiona Gallagher, said the school had been ‘let down at every turn’ by the "
            "local authority.\n\n"
            "‘We asked for help in March and we are still waiting,’ she said. ‘The children deserve "
            "better than this.’"
        ),
        quotes=[
            dict(content="let down at every turn", speaker=["Fiona Gallagher"], kind="partial"),
            dict(
                content="We asked for help in March and we are still waiting,",
                speaker=["Fiona Gallagher"],
                kind="direct",
            ),
            dict(content="The children deserve better than this.", speaker=["Fiona Gallagher"], kind="direct"),
        ],
    ),
    dict(
        id="two-genders",
        text=(
            "Detective Inspector Sarah Quinn and forensic scientist David Ngata gave evidence on the "
            "third day of the trial.\n\n"
            "“The fibres matched the suspect’s coat,” Ngata said. Under cross-examination, he conceded "
            "that the coat was a common brand.\n\n"
            "“We followed every line of inquiry,” she told the jury."
        ),
        quotes=[
            dict(content="The fibres matched the suspect’s coat,", speaker=["David Ngata"], kind="direct"),
            dict(content="We followed every line of inquiry,", speaker=["Sarah Quinn"], kind="direct"),
        ],
    ),
    dict(
        id="according-to-statement",
        text=(
            "The airport will close its second runway for repairs from May, according to a statement "
            "from the operator. “Passengers should expect some delays during the summer,” the "
            "statement said."
        ),
        quotes=[
            dict(
                content="Passengers should expect some delays during the summer,",
                speaker=["the statement", "statement", "the operator"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="asked-replied",
        text=(
            "Asked whether she would stand for the leadership, Home Secretary Naomi Barrett laughed. "
            "“Not this week,” she replied."
        ),
        quotes=[dict(content="Not this week,", speaker=["Naomi Barrett"], kind="direct")],
    ),
    dict(
        id="straight-quotes-nested",
        text=(
            "\"He told me 'don't worry about it' and then he disappeared,\" said Lena Fischer, who lent the man $4,000."
        ),
        quotes=[
            dict(
                content="He told me 'don't worry about it' and then he disappeared,",
                speaker=["Lena Fischer"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="film-title-and-nickname",
        text=(
            "The director, whose film “The Quiet Harbour” won the top prize, thanked her cast. “They "
            "carried me,” said Ines Carvalho."
        ),
        quotes=[
            dict(content="The Quiet Harbour", speaker=None, kind="partial", optional=True),
            dict(content="They carried me,", speaker=["Ines Carvalho"], kind="direct"),
        ],
    ),
    dict(
        id="officials-they",
        text=(
            "Health officials in three counties confirmed twelve new cases of measles on Monday. They "
            "said all of the children were unvaccinated. “This outbreak was preventable,” they said."
        ),
        quotes=[
            dict(
                content="This outbreak was preventable,",
                speaker=["Health officials", "Health officials in three counties", "officials"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="says-feature",
        text=(
            "Maria Esposito has sold fish at the same market stall for forty years. “People want to know "
            "where their food comes from again,” says Esposito, 67. “That is good for us.”"
        ),
        quotes=[
            dict(
                content="People want to know where their food comes from again,",
                speaker=["Maria Esposito"],
                kind="direct",
            ),
            dict(content="That is good for us.", speaker=["Maria Esposito"], kind="direct"),
        ],
    ),
    dict(
        id="dash-after-quote",
        text=(
            "“A city that cannot house its nurses cannot care for its sick.” — Dr. Amara Bello, at the "
            "rally on Saturday"
        ),
        quotes=[
            dict(
                content="A city that cannot house its nurses cannot care for its sick.",
                speaker=["Amara Bello"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="colon-no-cue",
        text=(
            "The chief executive of Marlow Energy, Henrik Dahl, had a blunt message for investors: "
            "“The cheap gas is not coming back.”"
        ),
        quotes=[dict(content="The cheap gas is not coming back.", speaker=["Henrik Dahl"], kind="direct")],
    ),
    dict(
        id="interview-alternating",
        text=(
            "Ruth Abernathy, 81, and her husband Joe, 84, have lived on the farm since 1962.\n\n"
            "“We have seen floods before, but never like this,” Ruth said.\n\n"
            "“The water came right up to the kitchen window,” Joe added. “I had to carry the dog out.”"
        ),
        quotes=[
            dict(
                content="We have seen floods before, but never like this,",
                speaker=["Ruth Abernathy", "Ruth"],
                kind="direct",
            ),
            dict(
                content="The water came right up to the kitchen window,",
                speaker=["Joe", "Joe Abernathy"],
                kind="direct",
            ),
            dict(content="I had to carry the dog out.", speaker=["Joe", "Joe Abernathy"], kind="direct"),
        ],
    ),
    dict(
        id="warned-partial",
        text=(
            "The central bank governor, Yusuf Demirel, warned of “serious consequences” if the "
            "government kept borrowing at its current pace."
        ),
        quotes=[dict(content="serious consequences", speaker=["Yusuf Demirel"], kind="partial")],
    ),
    dict(
        id="union-spokesperson",
        text=(
            "Rail workers will strike on three days next month after talks broke down.\n\n"
            "“Our members have been left with no choice,” a spokesperson for the Transport Workers "
            "Union said. The rail operator said it was “disappointed” by the decision."
        ),
        quotes=[
            dict(
                content="Our members have been left with no choice,",
                speaker=["a spokesperson for the Transport Workers Union", "Transport Workers Union", "spokesperson"],
                kind="direct",
            ),
            dict(
                content="disappointed", speaker=["The rail operator", "rail operator", "the operator"], kind="partial"
            ),
        ],
    ),
    dict(
        id="quote-then-name-sentence",
        text=(
            "For Aisha Rahman, the new bus route has changed everything. “I used to spend two hours "
            "getting to work. Now it is forty minutes.”"
        ),
        quotes=[
            dict(
                content="I used to spend two hours getting to work. Now it is forty minutes.",
                speaker=["Aisha Rahman"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="in-a-statement-said",
        text=(
            "In a statement, the family of Owen Carver said they were “heartbroken” and asked for "
            "privacy. “Owen lit up every room he walked into,” the statement read."
        ),
        quotes=[
            dict(content="heartbroken", speaker=["the family of Owen Carver", "family"], kind="partial"),
            dict(
                content="Owen lit up every room he walked into,",
                speaker=["the statement", "statement", "the family of Owen Carver", "family"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="told-no-comma",
        text="Mayor Luis Ortega told reporters “the bridge will reopen before Christmas, I promise you that.”",
        quotes=[
            dict(
                content="the bridge will reopen before Christmas, I promise you that.",
                speaker=["Luis Ortega"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="two-orgs",
        text=(
            "Brightline Telecom and the regulator Ofcom have been in talks for months. “We expect a "
            "decision by June,” the regulator said, while Brightline said it remained “confident” of "
            "approval."
        ),
        quotes=[
            dict(content="We expect a decision by June,", speaker=["Ofcom", "the regulator"], kind="direct"),
            dict(content="confident", speaker=["Brightline Telecom", "Brightline"], kind="partial"),
        ],
    ),
    dict(
        id="speaker-in-earlier-paragraph",
        text=(
            "Astronaut Keiko Mori spent 186 days aboard the space station.\n\n"
            "She described the first sight of Earth as “overwhelming.”\n\n"
            "“You see how thin the atmosphere is. It looks like you could tear it with your hand.”"
        ),
        quotes=[
            dict(content="overwhelming.", speaker=["Keiko Mori"], kind="partial"),
            dict(
                content="You see how thin the atmosphere is. It looks like you could tear it with your hand.",
                speaker=["Keiko Mori"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="prime-minister-surname",
        text=(
            "Prime Minister Anthony Kerr said on Tuesday that the government would not raise income "
            "tax.\n\n"
            "“Working families have carried enough,” Kerr told parliament. Opposition leader Julia "
            "Brennan said the promise was “worth nothing” without costings."
        ),
        quotes=[
            dict(content="Working families have carried enough,", speaker=["Anthony Kerr"], kind="direct"),
            dict(content="worth nothing", speaker=["Julia Brennan"], kind="partial"),
            dict(
                content="the government would not raise income tax",
                speaker=["Anthony Kerr"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="guillemets",
        text=(
            "«Nous ne céderons pas», a déclaré le ministre. The minister, Paul Girard, later repeated "
            "the line in English."
        ),
        quotes=[dict(content="Nous ne céderons pas", speaker=None, kind="direct", optional=True)],
    ),
    dict(
        id="question-quote",
        text=(
            "“Who is going to pay for all this?” asked Councillor Helen Brook at Thursday’s meeting. Nobody answered."
        ),
        quotes=[dict(content="Who is going to pay for all this?", speaker=["Helen Brook"], kind="direct")],
    ),
    dict(
        id="quote-after-according",
        text=(
            "According to Inspector Raj Patel, the driver had been awake for twenty hours. “He should "
            "never have been behind the wheel,” Patel said."
        ),
        quotes=[
            dict(content="He should never have been behind the wheel,", speaker=["Raj Patel"], kind="direct"),
            dict(
                content="the driver had been awake for twenty hours",
                speaker=["Raj Patel"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
]
