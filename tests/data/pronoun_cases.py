"""Pronoun speakers with competing antecedents: the nearest name is often not the speaker.

Used by benchmarks/pronoun_salience.py to compare salience orders; same format as news_cases.py.
"""

CASES = [
    dict(
        id="object-between",
        text=("Senator Mike Dunn criticised Governor Rob Hale on Tuesday. “The plan is reckless,” he said."),
        quotes=[dict(content="The plan is reckless,", speaker=["Mike Dunn"], kind="direct")],
    ),
    dict(
        id="met-with",
        text=(
            "Chancellor Paul Varga met Finance Minister Jonas Eder in Vienna. Afterwards he said the talks "
            "had been “productive.”"
        ),
        quotes=[dict(content="productive.", speaker=["Paul Varga"], kind="partial")],
    ),
    dict(
        id="praised-colleague",
        text=("Coach Danny Ross praised his captain, Owen Pike, after the match. “He never stops running,” he said."),
        quotes=[dict(content="He never stops running,", speaker=["Danny Ross"], kind="direct")],
    ),
    dict(
        id="replaced",
        text=(
            "Martin Cole replaced Steven Ward as chief executive in March. “My first job is to listen,” he told staff."
        ),
        quotes=[dict(content="My first job is to listen,", speaker=["Martin Cole"], kind="direct")],
    ),
    dict(
        id="sued",
        text=(
            "Actor Liam Burke is suing the director Paul Grant for unpaid fees. “I was never paid a penny,” he said."
        ),
        quotes=[dict(content="I was never paid a penny,", speaker=["Liam Burke"], kind="direct")],
    ),
    dict(
        id="she-after-he-object",
        text=(
            "Prime Minister Anna Holt sacked her deputy, George Finch, on Friday. “It was the right "
            "decision,” she said."
        ),
        quotes=[dict(content="It was the right decision,", speaker=["Anna Holt"], kind="direct")],
    ),
    dict(
        id="company-org-object",
        text=(
            "Vantage Motors has bought its rival Kestrel Cars for £1bn. “This makes us the biggest maker in "
            "Europe,” it said."
        ),
        quotes=[dict(content="This makes us the biggest maker in Europe,", speaker=["Vantage Motors"], kind="direct")],
    ),
    dict(
        id="prepositional-name",
        text=(
            "Defence Secretary Alan Pryce spoke after a call with General Mark Tully. He said British troops "
            "would be “ready within days.”"
        ),
        quotes=[dict(content="ready within days.", speaker=["Alan Pryce"], kind="partial")],
    ),
    dict(
        id="possessive-name",
        text=("Judge Ian Moore rejected Mr Dale’s appeal. “The evidence is overwhelming,” he said."),
        quotes=[dict(content="The evidence is overwhelming,", speaker=["Ian Moore"], kind="direct")],
    ),
    dict(
        id="subject-two-sentences-back",
        text=(
            "Mayor Tom Reid unveiled the budget on Monday. It includes new funding for buses. “Transport is "
            "my priority,” he said."
        ),
        quotes=[dict(content="Transport is my priority,", speaker=["Tom Reid"], kind="direct")],
    ),
    dict(
        id="gender-beats-salience",
        text=("Professor Mark Lyle supervised Dr Helen Shaw’s research. “The results surprised us,” she said."),
        quotes=[dict(content="The results surprised us,", speaker=["Helen Shaw"], kind="direct")],
    ),
    dict(
        id="visited",
        text=(
            "President Lena Ortiz visited Chancellor Greta Hoffmann in Berlin. “Europe must stand together,” "
            "Ortiz said. Later she described the meeting as “warm.”"
        ),
        quotes=[
            dict(content="Europe must stand together,", speaker=["Lena Ortiz"], kind="direct"),
            dict(content="warm.", speaker=["Lena Ortiz"], kind="partial"),
        ],
    ),
]
