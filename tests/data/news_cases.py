"""News-style passages written for quoteattr's own tests, in the format of a scoring cases file.

Each case: an id, the text, and its gold quotes. A gold quote gives its content (an exact
substring of the text, without quote marks), the accepted speaker names (None: the quote has no
speaker), its kind, and optional=True when finding it is neither required nor penalised.
None of these texts is taken from the development cases; they exist to check that rules are
general.
"""

CASES = [
    dict(
        id="court-appeal",
        text=(
            "A Manchester judge jailed the former council treasurer Paul Hendry for six years on Friday.\n\n"
            "“You betrayed the people who trusted you,” Judge Miriam Okafor told him. “The damage will last "
            "for a generation.”\n\n"
            "Hendry’s lawyer, Simon Pratt, said his client would appeal. “We believe the sentence is "
            "excessive,” he said outside the court."
        ),
        quotes=[
            dict(content="You betrayed the people who trusted you,", speaker=["Miriam Okafor"], kind="direct"),
            dict(content="The damage will last for a generation.", speaker=["Miriam Okafor"], kind="direct"),
            dict(content="We believe the sentence is excessive,", speaker=["Simon Pratt"], kind="direct"),
            dict(content="his client would appeal", speaker=["Simon Pratt"], kind="indirect", optional=True),
        ],
    ),
    dict(
        id="company-statement",
        text=(
            "Acme Holdings will close its plant in Leeds next spring, putting 400 jobs at risk.\n\n"
            "“This was a difficult decision that we did not take lightly,” the company said in a statement. "
            "The firm added that staff would be offered “generous redundancy terms.”"
        ),
        quotes=[
            dict(
                content="This was a difficult decision that we did not take lightly,",
                speaker=["Acme Holdings", "the company"],
                kind="direct",
            ),
            dict(content="generous redundancy terms.", speaker=["Acme Holdings", "the firm"], kind="partial"),
        ],
    ),
    dict(
        id="sport-two-speakers",
        text=(
            "United manager Erik Lund praised his side after the 3-0 win. “The players were magnificent,” "
            "Lund said. Rival coach Sarah Mills was less pleased. “We gave them three goals,” she said. "
            "“That cannot happen.”"
        ),
        quotes=[
            dict(content="The players were magnificent,", speaker=["Erik Lund"], kind="direct"),
            dict(content="We gave them three goals,", speaker=["Sarah Mills"], kind="direct"),
            dict(content="That cannot happen.", speaker=["Sarah Mills"], kind="direct"),
        ],
    ),
    dict(
        id="interview-alternation",
        text=(
            "Dr. Amara Singh leads the vaccine trial at St Luke’s Hospital.\n\n"
            "“We enrolled 2,000 volunteers in three weeks,” Singh said.\n\n"
            "Her colleague, virologist Tomas Brandt, was more cautious. “Enrolment is the easy part,” "
            "Brandt said. “Results take time.”\n\n"
            "“We will publish everything, good or bad,” Singh said."
        ),
        quotes=[
            dict(content="We enrolled 2,000 volunteers in three weeks,", speaker=["Amara Singh"], kind="direct"),
            dict(content="Enrolment is the easy part,", speaker=["Tomas Brandt"], kind="direct"),
            dict(content="Results take time.", speaker=["Tomas Brandt"], kind="direct"),
            dict(content="We will publish everything, good or bad,", speaker=["Amara Singh"], kind="direct"),
        ],
    ),
    dict(
        id="long-quote-paragraphs",
        text=(
            "Fire chief Gary Nolan described the scene when crews arrived.\n\n"
            "“The roof had already collapsed. There was nothing we could do for the top floor.\n\n"
            "“We got everyone out of the ground floor within four minutes.\n\n"
            "“I am proud of every one of them,” Nolan said."
        ),
        quotes=[
            dict(
                content="The roof had already collapsed. There was nothing we could do for the top floor.",
                speaker=["Gary Nolan"],
                kind="direct",
            ),
            dict(
                content="We got everyone out of the ground floor within four minutes.",
                speaker=["Gary Nolan"],
                kind="direct",
            ),
            dict(content="I am proud of every one of them,", speaker=["Gary Nolan"], kind="direct"),
        ],
    ),
    dict(
        id="according-to",
        text=(
            "“The reservoir is at its lowest level since records began,” according to Helen Marsh, "
            "a hydrologist at the Water Board."
        ),
        quotes=[
            dict(
                content="The reservoir is at its lowest level since records began,",
                speaker=["Helen Marsh"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="quoted-as-saying",
        text=("Defence Minister Rolf Jansen was quoted as saying: “Our troops will stay as long as necessary.”"),
        quotes=[dict(content="Our troops will stay as long as necessary.", speaker=["Rolf Jansen"], kind="direct")],
    ),
    dict(
        id="leading-colon-cue",
        text=("Opposition leader Marta Silva told the radio station: “The government has lost control of the budget.”"),
        quotes=[dict(content="The government has lost control of the budget.", speaker=["Marta Silva"], kind="direct")],
    ),
    dict(
        id="said-comma-lead",
        text="Governor Alan Reed said, “Schools will reopen on Monday.”",
        quotes=[dict(content="Schools will reopen on Monday.", speaker=["Alan Reed"], kind="direct")],
    ),
    dict(
        id="appositive-spokesman",
        text=("Kevin O’Brien, a spokesman for the rail operator, said: “Services will run normally from tomorrow.”"),
        quotes=[dict(content="Services will run normally from tomorrow.", speaker=["Kevin O’Brien"], kind="direct")],
    ),
    dict(
        id="nominal-spokesperson",
        text=("“We are reviewing the footage,” a spokesperson for the ministry said."),
        quotes=[
            dict(
                content="We are reviewing the footage,",
                speaker=["a spokesperson for the ministry", "spokesperson"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="nominal-lawyers",
        text=("The defence lawyers said the evidence was “thin and circumstantial.”"),
        quotes=[dict(content="thin and circumstantial.", speaker=["the defence lawyers"], kind="partial")],
    ),
    dict(
        id="split-quote",
        text=("“The trains are late,” said commuter Beth Allen, “and nobody tells us why.”"),
        quotes=[
            dict(content="The trains are late,", speaker=["Beth Allen"], kind="direct"),
            dict(content="and nobody tells us why.", speaker=["Beth Allen"], kind="direct"),
        ],
    ),
    dict(
        id="partial-called",
        text=("Health Minister Joanna Price called the strike “irresponsible” and urged nurses to return."),
        quotes=[dict(content="irresponsible", speaker=["Joanna Price"], kind="partial")],
    ),
    dict(
        id="partial-described",
        text=("Economist Raj Patel described the figures as “the worst in a decade,” warning of job losses."),
        quotes=[dict(content="the worst in a decade,", speaker=["Raj Patel"], kind="partial")],
    ),
    dict(
        id="pronoun-he-previous",
        text=("Senator Mike Dunn voted against the bill on Tuesday. He said it was “a giveaway to the rich.”"),
        quotes=[dict(content="a giveaway to the rich.", speaker=["Mike Dunn"], kind="partial")],
    ),
    dict(
        id="pronoun-they-org",
        text=("Greenfield Energy reported a loss of £40m. “Market conditions were exceptionally hard,” they said."),
        quotes=[
            dict(content="Market conditions were exceptionally hard,", speaker=["Greenfield Energy"], kind="direct")
        ],
    ),
    dict(
        id="mrs-title-gender",
        text=(
            "Mrs Graham and her neighbour Mr Carter both lost their homes. “Everything is gone,” she said. "
            "“We will rebuild,” he said."
        ),
        quotes=[
            dict(content="Everything is gone,", speaker=["Mrs Graham", "Graham"], kind="direct"),
            dict(content="We will rebuild,", speaker=["Mr Carter", "Carter"], kind="direct"),
        ],
    ),
    dict(
        id="straight-quotes",
        text=('"It\'s the best result we\'ve had," said coach Dylan Price. "The lads earned it."'),
        quotes=[
            dict(content="It's the best result we've had,", speaker=["Dylan Price"], kind="direct"),
            dict(content="The lads earned it.", speaker=["Dylan Price"], kind="direct"),
        ],
    ),
    dict(
        id="british-single-nested",
        text=("‘She told me “not tonight” and walked out,’ said witness Ian Hart."),
        quotes=[dict(content="She told me “not tonight” and walked out,", speaker=["Ian Hart"], kind="direct")],
    ),
    dict(
        id="apostrophes-only",
        text=("The players’ union rejected the ’90s-style contract and Jones’s agent wasn’t consulted."),
        quotes=[],
    ),
    dict(
        id="scare-and-title",
        text=(
            "The so-called “reform” was debated after the minister appeared on “Good Morning Britain” and "
            "the show “Question Time”."
        ),
        quotes=[],
    ),
    dict(
        id="dash-attribution",
        text=("“Every child deserves a warm meal.” — Mayor Nora Quinn, speaking at the food bank"),
        quotes=[dict(content="Every child deserves a warm meal.", speaker=["Nora Quinn"], kind="direct")],
    ),
    dict(
        id="tweet",
        text=("Singer Lola Marr tweeted: “Thank you Glasgow, you were incredible!”"),
        quotes=[dict(content="Thank you Glasgow, you were incredible!", speaker=["Lola Marr"], kind="direct")],
    ),
    dict(
        id="report-speaker",
        text=("“Air pollution contributes to 30,000 deaths a year,” the government report said."),
        quotes=[
            dict(
                content="Air pollution contributes to 30,000 deaths a year,",
                speaker=["the government report", "report"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="statement-read",
        text=("“We regret any distress caused,” a statement from the hospital read."),
        quotes=[
            dict(
                content="We regret any distress caused,",
                speaker=["a statement from the hospital", "statement", "hospital"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="indirect-only",
        text=("Prime Minister Karl Berg said on Monday that taxes would not rise this year."),
        quotes=[dict(content="taxes would not rise this year", speaker=["Karl Berg"], kind="indirect", optional=True)],
    ),
    dict(
        id="according-to-indirect",
        text=("According to the police, the driver was not wearing a seatbelt."),
        quotes=[
            dict(content="the driver was not wearing a seatbelt", speaker=["police"], kind="indirect", optional=True)
        ],
    ),
    dict(
        id="guillemets",
        text=("Foreign Minister Jean Dufour said the talks were «constructive but difficult»."),
        quotes=[dict(content="constructive but difficult", speaker=["Jean Dufour"], kind="partial")],
    ),
    dict(
        id="low-german-marks",
        text="„Wir schaffen das“, said Chancellor Greta Hoffmann.",
        quotes=[dict(content="Wir schaffen das", speaker=["Greta Hoffmann"], kind="direct")],
    ),
    dict(
        id="inverted-with-title",
        text=("“Prices have peaked,” said Bank of England governor Andrew Bailey on Thursday."),
        quotes=[dict(content="Prices have peaked,", speaker=["Andrew Bailey"], kind="direct")],
    ),
    dict(
        id="speaker-before-paragraph",
        text=(
            "Asked about the delays, project director Femi Adeyemi was frank.\n\n"
            "“We underestimated the ground conditions. That is on us.”"
        ),
        quotes=[
            dict(
                content="We underestimated the ground conditions. That is on us.",
                speaker=["Femi Adeyemi"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="possessive-not-speaker",
        text=("Smith’s lawyer, Dana Cruz, said: “My client is innocent.”"),
        quotes=[dict(content="My client is innocent.", speaker=["Dana Cruz"], kind="direct")],
    ),
    dict(
        id="two-partials-pronoun",
        text=("Councillor Ruth Byrne spoke first. She called the cuts “savage” and “totally unnecessary.”"),
        quotes=[
            dict(content="savage", speaker=["Ruth Byrne"], kind="partial"),
            dict(content="totally unnecessary.", speaker=["Ruth Byrne"], kind="partial"),
        ],
    ),
    dict(
        id="surname-later",
        text=("Striker Leon Vidal signed a new contract on Monday.\n\n“I never wanted to leave,” Vidal said."),
        quotes=[dict(content="I never wanted to leave,", speaker=["Leon Vidal"], kind="direct")],
    ),
    dict(
        id="organisation-airline",
        text=(
            "Skyways Airlines grounded its fleet after the outage. “Passenger safety is our priority,” "
            "the airline said."
        ),
        quotes=[dict(content="Passenger safety is our priority,", speaker=["Skyways Airlines"], kind="direct")],
    ),
    dict(id="no-quotes", text="Shares in the retailer rose 4% after the results were published.", quotes=[]),
]
