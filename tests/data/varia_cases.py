"""Short passages of attribution forms the other sets hold little of: “adding:”, “what he called”,
metonyms (the Kremlin, Downing Street), posts, anonymous sources, apostrophes in names.

Written after the longform_cases.py fixes, to measure them on unseen text; the first scored run
is recorded in docs/quality.md before any rule was changed because of it.
"""

CASES = [
    dict(
        id="adding-colon",
        text=(
            "The finance minister, Ingrid Solberg, said the deficit would halve by 2027, adding: “We "
            "will not balance the books on the backs of pensioners.”"
        ),
        quotes=[
            dict(
                content="We will not balance the books on the backs of pensioners.",
                speaker=["Ingrid Solberg"],
                kind="direct",
            ),
            dict(
                content="the deficit would halve by 2027",
                speaker=["Ingrid Solberg"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="what-he-called",
        text="The senator denounced what he called “a witch hunt” by the committee.",
        quotes=[dict(content="a witch hunt", speaker=["The senator", "senator"], kind="partial")],
    ),
    dict(
        id="kremlin-spokesman",
        text=(
            "“There is no question of a ceasefire while the attacks continue,” Kremlin spokesman Dmitry "
            "Peskov told reporters on Monday."
        ),
        quotes=[
            dict(
                content="There is no question of a ceasefire while the attacks continue,",
                speaker=["Dmitry Peskov"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="downing-street",
        text=(
            "Downing Street rejected the report’s findings. “The prime minister has full confidence in "
            "the home secretary,” a No 10 spokesperson said."
        ),
        quotes=[
            dict(
                content="The prime minister has full confidence in the home secretary,",
                speaker=["a No 10 spokesperson", "No 10 spokesperson", "spokesperson", "Downing Street"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="facebook-post",
        text=(
            "In a post on Facebook, the bakery’s owner, Marta Kowal, wrote: “After 30 years, it is time "
            "to hang up the apron. Thank you, Hull.”"
        ),
        quotes=[
            dict(
                content="After 30 years, it is time to hang up the apron. Thank you, Hull.",
                speaker=["Marta Kowal"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="anonymous-sources",
        text=(
            "The deal could be announced as soon as Friday, according to two people familiar with the "
            "talks. “It is basically done,” one of them said."
        ),
        quotes=[
            dict(
                content="It is basically done,",
                speaker=["one of them", "two people familiar with the talks", "people familiar with the talks"],
                kind="direct",
            ),
        ],
    ),
    dict(
        id="apostrophe-names",
        text="“We’re gonna win ’em all this year,” said coach Liam O’Neill, whose side haven’t lost since ’19.",
        quotes=[dict(content="We’re gonna win ’em all this year,", speaker=["Liam O’Neill"], kind="direct")],
    ),
    dict(
        id="said-of",
        text=(
            "“It is the best news this town has had in a decade,” Councillor Beth Rowe said of the factory’s reopening."
        ),
        quotes=[
            dict(content="It is the best news this town has had in a decade,", speaker=["Beth Rowe"], kind="direct")
        ],
    ),
    dict(
        id="ellipsis-quote",
        text="“We tried everything … and then we tried again,” said rescuer Tomas Novak.",
        quotes=[dict(content="We tried everything … and then we tried again,", speaker=["Tomas Novak"], kind="direct")],
    ),
    dict(
        id="speaking-to-reporters",
        text=(
            "Health Secretary Meera Shah, speaking to reporters outside the hospital, said: “Every "
            "patient will be contacted by the end of the week.”"
        ),
        quotes=[
            dict(
                content="Every patient will be contacted by the end of the week.",
                speaker=["Meera Shah"],
                kind="direct",
            )
        ],
    ),
    dict(
        id="org-metonym-white-house",
        text=(
            "The White House said on Tuesday that the president would veto the bill. “This legislation "
            "would raise costs for working families,” it said in a statement."
        ),
        quotes=[
            dict(
                content="This legislation would raise costs for working families,",
                speaker=["The White House", "White House"],
                kind="direct",
            ),
            dict(
                content="the president would veto the bill",
                speaker=["The White House", "White House"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="split-long",
        text=(
            "“The first thing you notice is the silence,” said Oren Katz, who has guided tours in the "
            "desert for 15 years. “Then you notice how loud your own heart is.”"
        ),
        quotes=[
            dict(content="The first thing you notice is the silence,", speaker=["Oren Katz"], kind="direct"),
            dict(content="Then you notice how loud your own heart is.", speaker=["Oren Katz"], kind="direct"),
        ],
    ),
    dict(
        id="she-tweeted",
        text=(
            "Pop star Lila Monroe cancelled the rest of her tour on Sunday. “I need to look after my "
            "health,” she posted on Instagram."
        ),
        quotes=[dict(content="I need to look after my health,", speaker=["Lila Monroe"], kind="direct")],
    ),
    dict(
        id="two-quotes-two-speakers-one-paragraph",
        text=(
            "“The pitch was unplayable,” said Rovers manager Dean Hart. “It was the same for both "
            "teams,” replied the referee, Paul Simms."
        ),
        quotes=[
            dict(content="The pitch was unplayable,", speaker=["Dean Hart"], kind="direct"),
            dict(content="It was the same for both teams,", speaker=["Paul Simms"], kind="direct"),
        ],
    ),
    dict(
        id="scare-quotes-not-speech",
        text=(
            "The so-called “bedroom tax” was scrapped in 2024. Ministers had defended the policy for "
            "years. Campaigners said it had pushed thousands into debt."
        ),
        quotes=[
            dict(content="bedroom tax", speaker=None, kind="partial", optional=True),
            dict(
                content="it had pushed thousands into debt",
                speaker=["Campaigners"],
                kind="indirect",
                optional=True,
            ),
        ],
    ),
    dict(
        id="insisted",
        text=(
            "Despite the losses, the chairman of Brennan Airways, Sean Brennan, insisted the airline "
            "had a future. “We have been written off before,” he said."
        ),
        quotes=[dict(content="We have been written off before,", speaker=["Sean Brennan"], kind="direct")],
    ),
]
