"""A second set of news-style passages, written after the rules, to measure them on unseen text.

Same format as news_cases.py. Its first scored run is recorded in docs/quality.md, before any rule
was changed because of it.
"""

CASES = [
    dict(
        id="flood-article",
        text=(
            "Residents of Carrow were evacuated on Sunday as the river burst its banks for the second time "
            "this year.\n\n"
            "“We had about twenty minutes to get out,” said Pauline Ward, 67, who has lived on Mill Lane "
            "for four decades. “The water came up through the floorboards.”\n\n"
            "The Environment Agency said it had issued a severe flood warning on Saturday evening. "
            "Its area manager, Colin Fisk, defended the response. “Our teams were on the ground within "
            "the hour,” he told the BBC.\n\n"
            "Local MP Hannah Reeve called the defences “woefully inadequate” and said she would raise the "
            "issue in Parliament."
        ),
        quotes=[
            dict(content="We had about twenty minutes to get out,", speaker=["Pauline Ward"], kind="direct"),
            dict(content="The water came up through the floorboards.", speaker=["Pauline Ward"], kind="direct"),
            dict(content="Our teams were on the ground within the hour,", speaker=["Colin Fisk"], kind="direct"),
            dict(content="woefully inadequate", speaker=["Hannah Reeve"], kind="partial"),
            dict(
                content="it had issued a severe flood warning on Saturday evening",
                speaker=["Environment Agency"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="trade-talks",
        text=(
            "Trade Secretary Nadia Khan said on Tuesday that a deal with Canada was “within touching "
            "distance”. Her Canadian counterpart was more guarded.\n\n"
            "“There are still gaps on agriculture,” Minister Luc Fortin told reporters in Ottawa. "
            "“We will not sign just to meet a deadline.”"
        ),
        quotes=[
            dict(content="within touching distance", speaker=["Nadia Khan"], kind="partial"),
            dict(content="There are still gaps on agriculture,", speaker=["Luc Fortin"], kind="direct"),
            dict(content="We will not sign just to meet a deadline.", speaker=["Luc Fortin"], kind="direct"),
        ],
    ),
    dict(
        id="statement-company",
        text=(
            "Brightwater Utilities has been fined £2m for polluting the River Esk. In a statement, the "
            "company said it “deeply regrets” the incident. “We have invested £30m in new treatment "
            "works since 2021,” a spokesperson added."
        ),
        quotes=[
            dict(content="deeply regrets", speaker=["Brightwater Utilities", "the company"], kind="partial"),
            dict(
                content="We have invested £30m in new treatment works since 2021,",
                speaker=["a spokesperson", "spokesperson", "Brightwater Utilities"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="told-agency",
        text=(
            "“The ceasefire is holding, but it is fragile,” a senior UN official told AFP on condition of anonymity."
        ),
        quotes=[
            dict(
                content="The ceasefire is holding, but it is fragile,",
                speaker=["a senior UN official", "UN official", "official"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="officials-said",
        text=(
            "Officials said the bridge would stay closed until engineers had completed their checks. "
            "“Nobody crosses until we are sure,” said county engineer Rita Moss."
        ),
        quotes=[
            dict(content="Nobody crosses until we are sure,", speaker=["Rita Moss"], kind="direct"),
            dict(
                content="the bridge would stay closed until engineers had completed their checks",
                speaker=["Officials"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="pronoun-chain",
        text=(
            "Ivan Petrov arrived in Lisbon on Monday for the summit. He met the prime minister in the "
            "afternoon. Later he said the meeting had been “frank and useful.”"
        ),
        quotes=[dict(content="frank and useful.", speaker=["Ivan Petrov"], kind="partial")],
    ),
    dict(
        id="woman-then-man",
        text=(
            "Detective Inspector Claire Dunn led the investigation. Her deputy, Sergeant Tom Hale, "
            "interviewed the witnesses.\n\n"
            "“It was painstaking work,” she said. “Tom’s team did most of the legwork.”\n\n"
            "Hale was modest. “I just followed the evidence,” he said."
        ),
        quotes=[
            dict(content="It was painstaking work,", speaker=["Claire Dunn"], kind="direct"),
            dict(content="Tom’s team did most of the legwork.", speaker=["Claire Dunn"], kind="direct"),
            dict(content="I just followed the evidence,", speaker=["Tom Hale"], kind="direct"),
        ],
    ),
    dict(
        id="wrote-on-x",
        text=("Former Prime Minister Ellen Ward wrote on X: “Today’s ruling is a victory for common sense.”"),
        quotes=[dict(content="Today’s ruling is a victory for common sense.", speaker=["Ellen Ward"], kind="direct")],
    ),
    dict(
        id="in-an-interview",
        text=(
            "In an interview with The Guardian, novelist Maya Okonjo said she had “never felt more "
            "hopeful” about young readers."
        ),
        quotes=[dict(content="never felt more hopeful", speaker=["Maya Okonjo"], kind="partial")],
    ),
    dict(
        id="book-title",
        text=("Okonjo’s new novel, “The Salt Road”, is out in June. “I wrote it in six weeks,” she said."),
        quotes=[dict(content="I wrote it in six weeks,", speaker=["Okonjo"], kind="direct")],
    ),
    dict(
        id="nickname",
        text=("Boxer Jake “The Hammer” Miller retired on Friday. “I have nothing left to prove,” Miller said."),
        quotes=[dict(content="I have nothing left to prove,", speaker=["Jake Miller", "Miller"], kind="direct")],
    ),
    dict(
        id="sloppy-straight",
        text=('"This is not over," union leader Frank Ibe said. "We will be back on Monday."'),
        quotes=[
            dict(content="This is not over,", speaker=["Frank Ibe"], kind="direct"),
            dict(content="We will be back on Monday.", speaker=["Frank Ibe"], kind="direct"),
        ],
    ),
    dict(
        id="missing-close",
        text=(
            "“We are running out of beds, said Dr Alan Grey, the hospital’s medical director.\n\n"
            "“Patients are waiting twelve hours,” he added."
        ),
        quotes=[
            dict(content="Patients are waiting twelve hours,", speaker=["Alan Grey"], kind="direct"),
            # The writer forgot the closing mark; the quotation ends where its attribution starts.
            dict(content="We are running out of beds,", speaker=["Alan Grey"], kind="direct"),
        ],
    ),
    dict(
        id="question-answer",
        text=("Asked whether she would stand again, Councillor Joy Adams laughed. “Ask me next year.”"),
        quotes=[dict(content="Ask me next year.", speaker=["Joy Adams"], kind="direct")],
    ),
    dict(
        id="partial-vowed",
        text=("The new coach, Marco Bellini, vowed to make the club “a force again” within three seasons."),
        quotes=[dict(content="a force again", speaker=["Marco Bellini"], kind="partial")],
    ),
    dict(
        id="partial-warned",
        text=("Scientists warned that the reef faced “irreversible collapse” unless warming was curbed."),
        quotes=[dict(content="irreversible collapse", speaker=["Scientists"], kind="partial")],
    ),
    dict(
        id="two-orgs",
        text=(
            "Talks between Northline Rail and the drivers’ union collapsed on Thursday. “The offer was "
            "insulting,” the union said. Northline said it was “disappointed” by the decision."
        ),
        quotes=[
            dict(content="The offer was insulting,", speaker=["the union", "union"], kind="direct"),
            dict(content="disappointed", speaker=["Northline Rail", "Northline"], kind="partial"),
        ],
    ),
    dict(
        id="adding-quote",
        text=("The mayor, Aisha Bello, said the budget was balanced, adding: “Nobody will lose their job.”"),
        quotes=[dict(content="Nobody will lose their job.", speaker=["Aisha Bello"], kind="direct")],
    ),
    dict(
        id="judge-sentencing",
        text=(
            "Sentencing him, Judge Peter Lang said: “You showed no remorse whatsoever.”\n\n"
            "The defendant’s mother wept in the public gallery."
        ),
        quotes=[dict(content="You showed no remorse whatsoever.", speaker=["Peter Lang"], kind="direct")],
    ),
    dict(
        id="multi-para-attrib-first",
        text=(
            "“I will not resign,” the chairman, Robert Vance, said at the shareholder meeting. “The board "
            "has my full confidence.\n\n"
            "“We have had a difficult year, but the plan is working.”"
        ),
        quotes=[
            dict(content="I will not resign,", speaker=["Robert Vance"], kind="direct"),
            dict(content="The board has my full confidence.", speaker=["Robert Vance"], kind="direct"),
            dict(
                content="We have had a difficult year, but the plan is working.",
                speaker=["Robert Vance"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="the-minister-antecedent",
        text=(
            "Education Minister Sara Lind announced the reforms on Monday. The minister said schools "
            "would get “every penny they need.”"
        ),
        quotes=[dict(content="every penny they need.", speaker=["Sara Lind"], kind="partial")],
    ),
    dict(
        id="scare-only",
        text=("Critics have dubbed the scheme a “tax on ambition”, but supporters say it is fair."),
        quotes=[dict(content="tax on ambition", speaker=["Critics"], kind="partial", optional=True)],
    ),
    dict(
        id="single-quotes-headline-style",
        text=("Club captain Leah Moore said the win was 'massive' for the squad. 'We needed that,' she said."),
        quotes=[
            dict(content="massive", speaker=["Leah Moore"], kind="partial"),
            dict(content="We needed that,", speaker=["Leah Moore"], kind="direct"),
        ],
    ),
    dict(
        id="apostrophe-heavy",
        text=(
            "The Smiths’ lawyer said the ’70s-era building wasn’t safe. “It’s a death trap,” said lawyer Ken O’Neill."
        ),
        quotes=[
            dict(content="It’s a death trap,", speaker=["Ken O’Neill"], kind="direct"),
        ],
    ),
    dict(
        id="quote-after-colon-paragraph",
        text=("The statement from the palace read:\n\n“The King is grateful for the many messages of support.”"),
        quotes=[
            dict(
                content="The King is grateful for the many messages of support.",
                speaker=["The statement from the palace", "statement", "palace"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="inverted-said-the",
        text=("“We expect a full recovery,” said the surgeon who operated on him."),
        quotes=[dict(content="We expect a full recovery,", speaker=["the surgeon", "surgeon"], kind="direct")],
    ),
    dict(
        id="they-group",
        text=("Dozens of parents gathered outside the school gates on Friday. “We want answers,” they said."),
        quotes=[dict(content="We want answers,", speaker=["parents", "Dozens of parents"], kind="direct")],
    ),
    dict(
        id="she-added-later-paragraph",
        text=(
            "Chief economist Laura Chen expects rates to fall. “Inflation is coming down,” Chen said.\n\n"
            "The bank’s governor has been more cautious in recent weeks.\n\n"
            "“We are not there yet,” Chen added."
        ),
        quotes=[
            dict(content="Inflation is coming down,", speaker=["Laura Chen"], kind="direct"),
            dict(content="We are not there yet,", speaker=["Laura Chen"], kind="direct"),
        ],
    ),
    dict(
        id="no-quotes-but-said",
        text=("The council said the road would reopen in May."),
        quotes=[dict(content="the road would reopen in May", speaker=["The council"], kind="indirect", optional=True)],
    ),
]
