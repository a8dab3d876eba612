"""The core rules on drafts written for the purpose: what must fire (with the exact line and
excerpt reported) and what must stay silent, including the hard cases users reported.

A case marked xfail(strict=True) documents a detector that is wrong today; it turns into a
failure as soon as the detector is fixed, so the mark can be removed.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import pytest
import withdraw_lint
from _pytest.mark import ParameterSet
from helpers import Lint, email
from withdraw_lint.diagnostics import Diagnostic
from withdraw_lint.evaluation import CORE_RULES
from withdraw_lint.settings import Settings

THANKS = "Thank you for taking the time to meet me last week."  # 11 words
WITHDRAW = "I have accepted an offer from another company, so I am withdrawing my application."
CLOSE = "I wish you and the team every success."  # 8 words
ACME = (
    "Thank you for interviewing me for the Data Analyst position at Acme Corp, and for your time."
)
QUOTE_HEADER = "On Mon, 3 Mar 2025 at 10:02, Jo Reyes <jo.reyes@acme.example> wrote:"


@dataclass(frozen=True)
class Case:
    """A draft and what `rule` must report on it: nothing (line None) or `count` findings,
    the first on `line` covering exactly `excerpt`."""

    text: str
    line: int | None = None
    excerpt: str | None = None
    count: int = 1
    settings: Settings | None = None


def fires(
    rule: str,
    case_id: str,
    text: str,
    line: int,
    excerpt: str | None = None,
    *,
    count: int = 1,
    settings: Settings | None = None,
    xfail: str | None = None,
) -> ParameterSet:
    case = Case(text, line, excerpt, count, settings)
    return pytest.param(rule, case, id=f"{rule}/{case_id}", marks=_marks(xfail))


def silent(
    rule: str,
    case_id: str,
    text: str,
    *,
    settings: Settings | None = None,
    xfail: str | None = None,
) -> ParameterSet:
    case = Case(text, settings=settings)
    return pytest.param(rule, case, id=f"{rule}/{case_id}", marks=_marks(xfail))


def _marks(xfail: str | None) -> list[pytest.MarkDecorator]:
    if xfail is None:
        return []
    return [pytest.mark.xfail(strict=True, reason=f"detector: {xfail}")]


WORD_POOL = (
    "the panel and I talked about the reporting tools the quarterly plans and the way "
    "your team shares its work with the regional offices every month"
)


def words(count: int) -> str:
    """A plain sentence of exactly `count` words (no contractions, no hyphens)."""
    pool = WORD_POOL.split()
    sentence = " ".join(pool[i % len(pool)] for i in range(count))
    return sentence[0].upper() + sentence[1:] + "."


def apply_fix(text: str, diagnostic: Diagnostic) -> str:
    assert diagnostic.fix is not None, f"{diagnostic.rule} offers no fix"
    for edit in sorted(diagnostic.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


# --- missing-withdrawal -------------------------------------------------------------------

R = "missing-withdrawal"
WITHDRAWAL_CASES = [
    # Leaving, said in ways the read parts and a review found: an offer declined as "yours"
    # (dq), a trial shift given up and calling back made needless by a job (dg, do), this
    # application among the others (a review), the next step called off with an offer taken
    # in the same sentence or the next (dl).
    *(
        silent(R, case_id, email(THANKS, text, CLOSE))
        for case_id, text in [
            (
                "decline-yours",
                "Having received an offer from a firm more focused on public law, I have "
                "decided to accept that offer and must therefore decline yours.",
            ),
            (
                "cant-do-it-anymore-sorry",
                "I know I said yes to the trial shift but I can't do it anymore, I'm so sorry.",
            ),
            (
                "got-something-else-dont-worry-about-calling",
                "no worries, i got something else anyway so dont worry about calling back.",
            ),
            (
                "withdrawing-from-all-others-including-this",
                "I'm withdrawing from all my other applications, including this one.",
            ),
            (
                "offer-taken-so-dont-book",
                "I've accepted an offer from another company this week, so please don't book "
                "the onsite for me.",
            ),
            (
                "no-need-to-schedule-then-offer",
                "No need to schedule the panel for me next week. I signed with another studio "
                "on Friday.",
            ),
            # Read part ea: an assessment not come to, or not needed, with a job taken in
            # the same sentence.
            (
                "wont-come-to-the-assessment-job-taken",
                "I wont come to the assessment day friday, I have job in other company now.",
            ),
            ("dont-bother-rebooking", "Dont bother rebooking me."),
            # Read part ec: "can't" split as "ca n't".
            # Read parts eh, ei, ej: a slot or the job given to someone else with a job
            # taken, a trial not done, "I stop with the procedure".
            (
                "give-my-spot-to-other-candidate",
                "I accepted the proposal from another company yesterday, so please give my spot "
                "in the final interview to other candidate.",
            ),
            (
                "give-the-job-to-someone-else",
                "I've taken a job at the bakery, so you can give the kitchen job to someone else.",
            ),
            ("wont-do-the-trial", "i wont do the trial saturday i got job in hotel now."),
            # Leaving still, in the words of the staying-in cues.
            (
                "wont-be-there-for-the-interview",
                "I won't be there for the interview on Friday, as I've taken a job at the bakery.",
            ),
            (
                "would-have-been-happy-to-do-the-final",
                "I'd have been happy to do the final round, but I've accepted another offer, so "
                "I'll pass.",
            ),
            (
                "family-my-main-priority",
                "My family is my main priority right now, so I'll have to pass on this one.",
            ),
            # A review's: a place offered to someone else, a job "taken on full time".
            (
                "offer-my-place-to-someone-else",
                "I've accepted an offer from another practice, so please offer my place at the "
                "assessment to someone else.",
            ),
            (
                "taken-on-full-time",
                "I wont make the trial shift sat, I got taken on full time at the garden centre "
                "yesterday.",
            ),
            (
                "i-stop-with-the-procedure",
                "I stop with the procedure, because I have another offer.",
            ),
            (
                "cant-carry-on",
                "My work permit renewal was refused, so I can't carry on with the application.",
            ),
            # Read parts dt, dy, dz: out in a few words.
            ("sit-this-one-out", "i'll sit this one out, im sure it'll be a blast for everyone."),
            ("thats-me-out", "With the unpaid prep on top, that's me out."),
            ("leave-it-so", "I'll leave it so."),
            ("ill-be-passing", "I'll be passing, and keeping my weekends free."),
            (
                "offer-taken-so-release-the-slot",
                "I've accepted a role with another clinic and start there on the 5th, so "
                "please release my Friday slot with the practice manager.",
            ),
            # Read parts dq, ek, ep, eq: declining, stopping here, a spot no longer needed,
            # the rest of the process given a miss.
            (
                "ill-be-declining",
                "I've reviewed the offer for the senior associate position and I'll be declining.",
            ),
            ("im-declining-with-thanks", "I'm declining, with thanks."),
            (
                "declining-since-accepted",
                "Thanks for the invite to the onsite. I'm declining, since I've just accepted a "
                "role on the platform team at my current company.",
            ),
            (
                "prefer-to-stop-here",
                "The way of working is not what I am looking for. I prefer to stop here rather "
                "than take a place from someone who would be more enthusiastic.",
            ),
            ("better-we-stop-here", "So it's better we stop here for this position."),
            (
                "wont-need-the-shift-lead-spot",
                "i got on at the hospital full time so i wont need the shift lead spot anymore.",
            ),
            (
                "give-the-rest-of-the-process-a-miss",
                "I'll give the rest of the process a miss, the trial was unpaid.",
            ),
            # Read part es: calling made needless for good, not for one appointment.
            (
                "no-need-to-call-me-anymore",
                "Hi maam, no need to call me for the final interview anymore.",
            ),
            ("leave-me-out", "It's best to leave me out of this round."),
        ]
    ),
    # Staying in: leaving the other processes or the current job (dq), a call-back or a
    # step called off with no job taken or for a room or a date (dl).
    *(
        fires(R, case_id, email(THANKS, text, CLOSE), 3)
        for case_id, text in [
            # Read part eh: a near miss, a second role turned down, a dinner declined, each
            # with the process kept.
            (
                "came-close-to-pulling-out",
                "I came very close to pulling out of your process after the other offer "
                "arrived. I'd really like to keep going to the final round.",
            ),
            (
                "about-to-pull-the-pin",
                "just fyi I was about to pull the pin on this one after the Deloitte offer, but "
                "I've knocked it back. Still keen for Thursday if that's all good.",
            ),
            (
                "other-offer-turned-down-happy-to-do-the-final",
                "I turned down the other company's offer today, so timing isn't an issue "
                "anymore. Happy to do the final round whenever suits you.",
            ),
            (
                "pass-on-the-second-role",
                "I'll pass on the team lead role since I'm not looking to manage people yet, but "
                "I'm still very keen on the Senior Engineer position.",
            ),
            (
                "slot-given-away-and-moved",
                "Please give my Tuesday slot to another candidate and move me to Thursday if "
                "you can.",
            ),
            (
                "dinner-declined-interviews-kept",
                "I have to decline the team dinner as I'm flying back that night, but I'll "
                "definitely be there for the interviews on Friday.",
            ),
            (
                "withdrawn-from-the-other-processes",
                "I've withdrawn from the other two processes I was in, so your team is my "
                "only focus now.",
            ),
            (
                "pass-my-notice-in",
                "I'll pass my notice in at my current job on Monday, so I can start on 2 June.",
            ),
            (
                "dont-worry-about-calling-back-alone",
                "Don't worry about calling back, I'll email the forms tomorrow.",
            ),
            (
                "no-need-to-book-a-room",
                "No need to book a room for Tuesday, as I will join the interview by video.",
            ),
            (
                "dont-schedule-before",
                "Please don't schedule the panel before the 14th, as I'm away until then.",
            ),
            # And the stays-in messages of read part dv: another process the writer spoke
            # of, the current job left, a counteroffer from it turned down, a step called
            # off only a while, a figure refused, a house move called off.
            (
                "pulled-out-of-the-process-i-mentioned",
                "I've pulled out of the Northgate process I told you about, so yours is the "
                "only one I'm pursuing.",
            ),
            (
                "stepping-down-from-current-role",
                "I'm stepping down from my current position in May, so I could start in June.",
            ),
            (
                "counteroffer-from-current-employer-declined",
                "I've turned down the counteroffer from my current employer, so I'm free to "
                "accept yours.",
            ),
            (
                "cancel-the-call-for-now",
                "Please cancel tomorrow's call for now, as I'm stuck at the airport.",
            ),
            (
                "in-no-state-to-interview-this-week",
                "I've come down with the flu and won't be in any state to interview this week.",
            ),
            (
                "wont-be-able-to-attend-during-that-period",
                "I'm on a course until the 20th, so I won't be able to attend during that period.",
            ),
            (
                "cant-accept-at-that-figure",
                "I can't accept at the proposed salary, as it's below what I earn now.",
            ),
            # A review: not needing "it" beside a move is a parking pass, not the process;
            # "for another Thursday slot" rebooks.
            (
                "wont-be-needing-it-beside-a-move",
                "Since we moved to the flat by the station I'll come in by train, so won't be "
                "needing it.",
            ),
            (
                "dont-bother-rebooking-for-another-slot",
                "Dont bother rebooking me for another Thursday slot, Friday at 2 still works.",
            ),
            (
                "passing-your-name-on",
                "I'll be passing on your details to a friend who might be interested.",
            ),
            (
                "wont-be-needing-it-alone",
                "I've got my own safety boots, so I won't be needing them.",
            ),
            (
                "not-going-ahead-with-the-move",
                "We've decided we're not going ahead with the move to Leeds after all.",
            ),
            # Stopping writing, a dinner declined (both from a review of the cues for
            # stopping and declining), a meeting paused, one thing in the offer declined.
            (
                "ill-stop-here-and-save-them",
                "I had a few questions about the teaching load, but I'll stop here and save them "
                "for the day.",
            ),
            (
                "declining-the-dinner-only-because",
                "Thanks for the invite to the team dinner the night before the assessment day. "
                "I'm declining, only because I land at 9pm that evening, but I'll definitely be "
                "there at 8:30 the next morning. Really looking forward to it.",
            ),
            ("lets-stop-here-for-today", "Let's stop here for today and pick it up on Monday."),
            (
                "declining-the-hotel",
                "I'm declining the hotel since I live nearby, see you Tuesday.",
            ),
            # A referral passed on (48 labelled sentences, all offers of help), a reason
            # that is no exit (read part et, and 38 labelled sentences), a move ruled out.
            (
                "happy-to-pass-along-names",
                "If it would help, I'd be happy to pass along the names of two former colleagues.",
            ),
            (
                "glad-to-pass-the-advert-on",
                "I'd be glad to pass the advert on to a friend who is looking.",
            ),
            (
                "cant-commit-to-five-days",
                "I can't commit to five days a week in the Leeds office, so could we talk about "
                "a hybrid pattern at the next stage?",
            ),
            (
                "cannot-move-so-video",
                "We cannot move to Wolfsburg before the summer, so could the next interviews be "
                "held online?",
            ),
        ]
    ),
    fires(
        R,
        "will-not-come-one-day",
        email(THANKS, "I will not come on Monday, my son is ill.", CLOSE),
        3,
    ),
    fires(
        R,
        "wont-come-as-news",
        email(THANKS, "I'm sure that won't come as news to anyone.", CLOSE),
        3,
    ),
    fires(
        R,
        "missing-one-appointment",
        email(
            THANKS,
            "My mother was admitted to hospital last night, so I won't be able to attend on "
            "Thursday.",
            CLOSE,
        ),
        3,
    ),
    fires(
        R,
        "passing-a-name-along",
        email(THANKS, "I'll pass your name along to a few friends who are looking.", CLOSE),
        3,
        "Thank you for taking the time to meet me last week.",
    ),
    silent(
        R,
        "will-not-complete",
        email(THANKS, "Sorry but I will not complete the process, the commute is too long."),
    ),
    silent(R, "pull-the-pin", email(THANKS, "I've got another job, so I'm going to pull the pin.")),
    # A missed interview is leaving only with a reason to leave beside it (read parts ct,
    # cy): a job taken, not a dentist.
    silent(
        R,
        "wont-make-the-interview-took-a-job",
        email(THANKS, "wont make thurs interview, took a job at the depot nearer home.", CLOSE),
    ),
    silent(R, "not-intrested-anymore", email(THANKS, "Im not intrested anymore.", CLOSE)),
    # A missed interview beside no reason to leave (a dentist); a review's emails: one part
    # of the job declined, a slot moved for a new job, an interviewer swapped. (A cancelled
    # interview beside an offer taken is silent, below.)
    *(
        fires(R, case_id, email(THANKS, sentence, CLOSE), 3)
        for case_id, sentence in [
            (
                "cant-make-the-interview-dentist",
                "I can't make the interview because of a dentist appointment.",
            ),
            (
                "not-intrested-in-the-weekend-shifts",
                "I'm not intrested in the weekend shifts, but the weekday role sounds perfect and "
                "I'd love to go ahead with Thursday's interview.",
            ),
            (
                "new-job-so-an-evening-slot",
                "I've just started a new job, so I won't be able to make the 2pm slot on Tuesday. "
                "Would an early morning or evening interview be possible?",
            ),
            (
                "someone-else-from-the-team-interviews",
                "Mark and I worked together, so it's probably best if you go with someone else "
                "from the team for the technical interview.",
            ),
        ]
    ),
    silent(
        R,
        "cancel-it-accepted-an-offer",
        email(THANKS, "Please cancel it — I've accepted an offer elsewhere.", CLOSE),
    ),
    # Hedged: "probably best if you go with someone else" (read part ct).
    silent(
        R,
        "probably-best-if-you-go-with-someone-else",
        email(
            THANKS,
            "With the way my current project is going, it's probably best if you go with "
            "someone else for this one.",
            CLOSE,
        ),
    ),
    silent(
        R,
        "knock-it-on-the-head",
        email(THANKS, "I'm self-employed now, so I'll knock it on the head."),
    ),
    fires(
        R,
        "offer-news-without-withdrawing",
        email(
            "Thank you for meeting me on Tuesday. I have signed a contract with another firm "
            "and start in May.",
            CLOSE,
        ),
        3,
        "Thank you for meeting me on Tuesday.",
    ),
    fires(
        R,
        "says-it-took-a-job-elsewhere",
        email(
            "Thanks for the call yesterday. I wanted to let you know that I have accepted a "
            "job elsewhere.",
            CLOSE,
        ),
        3,
        "Thanks for the call yesterday.",
    ),
    fires(
        R,
        "does-not-need-a-call-back",
        email(THANKS, "I don't need a call back, email is fine.", CLOSE),
        3,
        THANKS,
    ),
    silent(
        R,
        "one-line-text-starting-with-hey",
        "hey just letting u know im not gonna do the 2nd interview, got a job at target",
    ),
    fires(
        R,
        "looks-forward-to-the-next-round",
        email("Thank you for the interview last week.", "I look forward to the next round."),
        3,
        "Thank you for the interview last week.",
    ),
    fires(
        R,
        "no-greeting",
        email(
            "I enjoyed our chat about the analytics team. I start a new job at Corvid Labs "
            "next month.",
            CLOSE,
            greeting=None,
        ),
        1,
        "I enjoyed our chat about the analytics team.",
    ),
    fires(
        R,
        "after-a-subject-line",
        "Subject: A quick update\n\n"
        + email("Thank you for your patience. My new employer wants me to start soon.", CLOSE),
        5,
        "Thank you for your patience.",
    ),
    fires(
        R,
        "no-longer-an-issue",
        email(
            "Thank you for your time.",
            "The scheduling conflict I mentioned is no longer an issue, so I look forward to "
            "Thursday's interview.",
        ),
        3,
        "Thank you for your time.",
    ),
    silent(R, "withdrawing", email(THANKS, WITHDRAW, CLOSE)),
    fires(
        R,
        "done-with-my-exams",
        email(
            THANKS,
            "I'm finally done with my exams next Friday.",
            "Could we move the interview to next Thursday instead of Monday?",
        ),
        3,
    ),
    fires(
        R,
        "not-in-a-position-to-take-a-step-back",
        email(
            THANKS,
            "The base is $15K under my salary and I can't afford to take a step back.",
            CLOSE,
        ),
        3,
    ),
    fires(
        R,
        "a-step-down-is-a-comparison",
        email(THANKS, "The current range would be a step down from what I earn now.", CLOSE),
        3,
    ),
    # Withdrawals in words of their own.
    *(
        silent(R, case_id, email(THANKS, sentence, CLOSE))
        for case_id, sentence in [
            ("im-out-for-the-job", "just letting u know im out for the job"),
            ("hard-pass", "Hard pass, I took the job at the depot."),
            # A called-off step needs the offer or move beside it to be leaving (read part dl).
            (
                "no-need-to-schedule",
                "No need to schedule the panel for me, I've signed elsewhere.",
            ),
            (
                "will-not-come-for-a-job",
                "I will not come on Monday, I have got a job at the county office.",
            ),
            (
                "missing-an-appointment-for-an-offer",
                "I cannot attend Thursday's final interview, as I have accepted a position "
                "elsewhere.",
            ),
            (
                "knock-the-job-on-the-head",
                "I'll have to knock the full-time job on the head, work is too busy.",
            ),
            (
                "say-no-to-the-position",
                "I am going to say no to the position, my mom is sick in Guadalajara.",
            ),
            (
                "cannot-take-the-job",
                "I cannot take the job, because my family decided to stay in Poland.",
            ),
            (
                "will-not-come-to-the-next-stage",
                "I want to say I will not come to the second stage.",
            ),
            (
                "excuse-myself",
                "Kindly permit me to excuse myself from the remaining stages, as I have accepted "
                "another offer.",
            ),
            ("ill-pass", "i got another job at the cafe so ill pass"),
            (
                "decided-to-stay-where-they-are",
                "After careful consideration, I have decided to stay where I am.",
            ),
            (
                "decided-to-stay-at-their-school",
                "I've decided to stay at Lincoln Elementary next year.",
            ),
            (
                "wont-need-the-interview",
                "Just to let you know I wont need the interview on Tuesday, I've took a job with a"
                " mates firm.",
            ),
            (
                "will-not-push-through",
                "I will no longer push through with my application because my mother was "
                "hospitalized and I need to go home to take care of her.",
            ),
            (
                "going-another-way",
                "i've decided to go another way, the hours clash with my course.",
            ),
            (
                "dont-book-me-in",
                "please don't book me in though, I've got a start with my cousin's crew.",
            ),
            (
                "will-not-continue",
                "I am sorry but I will not continue, because I find a job near my home.",
            ),
            (
                "lets-a-named-opportunity-go",
                "I have just accepted an offer from a firm in Victoria Island, so I'll have to let"
                " this Audit Senior opportunity go.",
            ),
            (
                "remove-me-from-consideration",
                "Please remove me from consideration for the role, as I have accepted another "
                "offer.",
            ),
            (
                "not-move-forward",
                "I have decided not to move forward with my application, as I have accepted "
                "another offer.",
            ),
            (
                "decline-the-final-round",
                "I must respectfully decline the invitation to the final round, as I have accepted"
                " another offer.",
            ),
            (
                "out-of-the-running",
                "Please take me out of the running, as I have accepted another offer.",
            ),
            (
                "withdraw-candidacy",
                "I would like to withdraw my candidacy, as my family is relocating to Lisbon.",
            ),
            (
                "will-not-continue",
                "I will not be continuing in the process, as I took a job elsewhere.",
            ),
            ("stop-the-procedure", "I will stop the procedure from my side."),
            ("dont-want-the-job-anymore", "ok so i dont want the job anymore lol"),
            ("renounce-to-the-position", "I renounce to the position."),
            ("refuse-to-continue", "After analysis of the offer I must refuse to continue."),
            ("give-my-slot", "Please give my slot to another candidate."),
            (
                "leave-the-job-go-to-someone",
                "So I'll leave the picking job go to someone who can do the summer.",
            ),
            ("wont-carry-on", "So I won't carry on with yours."),
            (
                "give-the-job-to-other-person",
                "So I not can start on Monday, please give the job to other person.",
            ),
            (
                "doesnt-make-sense-to-continue",
                "The band is 15k below my need, so it doesn't make sense to continue.",
            ),
            (
                "take-a-step-back",
                "Given my commitments, I think it's best that I take a step back.",
            ),
            (
                "a-step-back-from-my-candidacy",
                "My partner has a job in Leeds, so I need to take a step back from my candidacy.",
            ),
            (
                "you-can-close-off-my-application",
                "I've taken a role elsewhere, so you can close off my application.",
            ),
            (
                "wont-do-the-training",
                "I found a job closer to my kids school so I won't do the training.",
            ),
            (
                "able-to-take-a-step-back-from-the-process",
                "With my mum unwell, I need to be able to take a step back from the process.",
            ),
            (
                "not-an-offer-i-can-accept",
                "It is not an offer I am able to accept, so please close my file.",
            ),
            ("done-with-this-one", "Im done with this one, sorry."),
            ("leave-it-there", "I'm going to leave it there for now, if that's alright."),
            ("a-step-back-from-the-process", "I've decided to take a step back from the process."),
            ("gotta-back-out", "gotta back out tho, we're moving to Houston."),
            ("cant-do-the-job-anymore", "i cant do the warehouse job anymore, my car broke down."),
            (
                "leave-it-this-time",
                "With the Saturdays it's more than I can do, so I'll leave it this time.",
            ),
            (
                "not-in-a-position-to-take-it-forward",
                "So I am not in a position to take this forward.",
            ),
            (
                "wont-be-starting-after-all",
                "I'm sorry, but I won't be starting as Supervisor on the 4th after all.",
            ),
            ("drop-my-profile", "Due to my exams, kindly drop my profile."),
            (
                "cant-do-it-anymore",
                "i cant do it anymore cause my family is away for most of july.",
            ),
            ("not-signing-it", "That's not what we agreed, and I'm not signing it."),
            ("standing-down", "I'm therefore standing down from your process."),
            ("reject-this-offer", "I have to reject this offer, as I accepted one closer to home."),
            ("decided-not-the-right-move", "I've decided this isn't the right move for me."),
            ("wont-be-coming", "I got the hospital post. I won't be coming Thursday."),
            (
                "wont-be-at-orientation",
                "Won't be at orientation Monday, I'm going with a local outfit.",
            ),
            # Decisions typed on a phone that never say "withdraw".
            ("so-this-wont-work", "we're moving to york in may so this one won't work for me."),
            (
                "gonna-go-with-that-one",
                "i got an offer from the garage so im gonna go with that one.",
            ),
            ("gonna-stay-with-them", "my boss matched the money so im gonna stay with them."),
            ("stay-put", "They offered me a raise, so I've decided to stay put."),
            ("not-doing-the-trial", "I'm not doing a two-day unpaid trial, sorry."),
            ("im-done", "three reschedules in a row, im done."),
            ("yeah-no", "an hour and a half each way? yeah no."),
            ("no-need-to-call", "got a job at the depot so no need to call now."),
            ("dont-bother-booking", "Don't bother booking me in for Friday, I took the bar job."),
            ("remove-my-profile", "Please remove my profile, I have started a new job."),
            (
                "dont-need-the-slot",
                "I start at the hospital next week so I don't need the slot now.",
            ),
            ("for-a-job-im-good", "five interviews for a till job, im good."),
            (
                "will-not-be-attending-for-an-offer",
                "I will not be attending as I have accepted an offer from a clinic in Pune.",
            ),
            ("wont-be-coming", "i got a job at the docks so i wont be coming."),
            ("will-leave-it", "The pay is too small for the distance, so I will leave it."),
            ("not-sure-gonna-go-ahead", "not sure im gonna go ahead with it, got a lot on atm."),
            (
                "dont-bother-with-the-interview",
                "got a job at the port so dont bother with the interview.",
            ),
            ("ill-leave-it-tho", "ill leave it tho, the pay is not enough for me to move."),
            (
                "cant-do-it-anymore-sorry",
                "the bus gets in after 8 and i have no car so i cant do it anymore really sorry.",
            ),
            ("i-not-come", "I not come to interview tomorrow, I found other job in Venlo."),
            (
                "not-gonna-start-monday",
                "im not gonna start monday, got a full time job nearer home",
            ),
            ("ill-no-be-needing-it", "my old boss took me back on so I'll no be needin it."),
            (
                "not-a-good-use-of-time",
                "After the third postponement I don't think another date would be a good use of "
                "anyone's time.",
            ),
        ]
    ),
    # Staying with family is where one lives, not the job one keeps.
    fires(
        R,
        "stay-with-family",
        email(THANKS, "My husband got a post in Leeds, so we'll stay with my parents.", CLOSE),
        3,
    ),
    # A reschedule, not a withdrawal.
    *(
        fires(R, case_id, email(THANKS, sentence, "Could we move it to next week?"), 3)
        for case_id, sentence in [
            ("not-at-my-best", "I have flu and I don't think I'll be at my best for the panel."),
            ("not-dropping-out", "I'm still keen, so please don't take this as me dropping out."),
            ("a-date-missed", "I won't be able to make it to the London office on the 14th."),
            # A review: arrangements, not decisions.
            ("dont-need-the-parking", "Thanks for the parking space, but I don't need it."),
            ("no-need-to-call-me-back", "No need to call me back, I'll see you on Thursday."),
            ("that-slot-wont-work", "The 9am slot is the school run, so that one won't work."),
            ("stay-at-a-hotel", "I'll stay at the Premier Inn by the station the night before."),
            ("go-with-that-slot", "Thursday at 2pm suits me best, so I'll go with that one."),
            ("yeah-no-it-works", "Yeah, no, that totally works for me."),
            ("dont-bother-booking-a-hotel", "Please don't bother booking me a hotel."),
            ("prioritise-others-for-slots", "Feel free to prioritise other candidates for 9am."),
        ]
    ),
    # Staying in, said outright, and taking back something else (read part ct).
    *(
        fires(R, case_id, email(THANKS, sentence, CLOSE), 3)
        for case_id, sentence in [
            ("not-withdrawing", "Just to be clear, I'm not withdrawing my application."),
            ("not-dropping-out-typed", "not dropping out, just need to get back on my feet."),
            ("dont-want-to-drop-out", "I don't want to drop out, I'd just rather wait a week."),
            ("withdraw-a-request", "I'd like to withdraw my request to push the start date back."),
            ("disregard-stepping-back", "Please disregard my message about stepping back."),
        ]
    ),
    # A draft that asks for another time or says it goes on: what it cancels or declines is
    # a slot, a date or one part of an offer.
    *(
        fires(R, case_id, email(THANKS, *sentences), 3)
        for case_id, sentences in [
            ("cancel-then-rebook", ("sorry need to cancel todays interview.", "can we rebook?")),
            (
                "decline-a-slot",
                (
                    "I'm afraid I'll have to decline the Saturday 9am slot as I work weekends.",
                    "Do you have anything on a weekday afternoon?",
                ),
            ),
            (
                "decline-a-date",
                (
                    "Unfortunately I must decline the 5 March date, as I'm on nights that week.",
                    "Would any date after the 12th be possible?",
                ),
            ),
            (
                "not-that-role-but-this-one",
                (
                    "I would prefer not to be considered for the Team Leader vacancy, but I "
                    "would very much like to continue with my application for the Analyst role.",
                ),
            ),
            (
                "cannot-travel-video-instead",
                (
                    "Unfortunately I will not be able to travel on the 22nd.",
                    "Would a video interview be an option?",
                ),
            ),
            # Read part cx.
            (
                "decline-thursday-any-chance-of-next-week",
                ("gonna have to decline thursday sorry, got a shift.", "any chance of next week?"),
            ),
            (
                "decline-a-start-date-agree-another-instead",
                (
                    "However, I must decline the proposed start date of 1 March.",
                    "Could we agree on 1 April instead?",
                ),
            ),
            (
                "cancel-attendance-next-available-date",
                (
                    "I have to cancel my attendance at the assessment day, as I am off sick.",
                    "Could I be considered for the next available date?",
                ),
            ),
            (
                "cannot-attend-join-by-video",
                (
                    "I won't be able to attend in person that week.",
                    "Could I join by video or come in the following Monday?",
                ),
            ),
            (
                "cannot-move-yet-still-like-to-take-it",
                (
                    "I won't be able to move to Dubai before the end of August.",
                    "I'd still very much like to take the role, so could I start in September?",
                ),
            ),
            (
                "decline-the-relocation-package",
                ("I'd like to decline the relocation package, as I already live nearby.",),
            ),
            (
                "cant-continue-until-back",
                ("I can't continue with any interviews until I'm back on the 5th.",),
            ),
            (
                "considered-withdrawing-but",
                (
                    "I'll admit I considered withdrawing when I saw the commute, but the trains "
                    "are fine.",
                ),
            ),
            (
                "ignore-my-email-saying",
                ("Please ignore my email from this morning saying I wanted to withdraw.",),
            ),
            (
                "withdraw-my-availability",
                ("I need to withdraw the availability I gave you for Monday.",),
            ),
        ]
    ),
    # ... but an outright withdrawal stays one, and a "but" after the wish to go on is
    # the turn to leaving.
    *(
        silent(R, case_id, email(THANKS, *sentences, CLOSE))
        for case_id, sentences in [
            (
                "withdraw-then-ask-about-a-date",
                (
                    "I have accepted another offer, so I am withdrawing my application.",
                    "Would any day next week suit to return the laptop?",
                ),
            ),
            (
                "love-to-continue-but",
                (
                    "I would love to continue with my application, but I have accepted another "
                    "offer, so I will not be proceeding.",
                ),
            ),
            (
                "dont-want-to-drop-out-but",
                (
                    "I don't want to drop out, but the commute leaves me no choice.",
                    "I have accepted a role nearer home.",
                ),
            ),
            (
                "withdraw-my-request-to-be-considered",
                ("I would like to withdraw my request to be considered, as I took another job.",),
            ),
            # A review: another time for something else, staying in some other day, an
            # outright word just after the cue, a withdrawal that is not done lightly.
            (
                "another-day-for-the-laptop",
                (
                    "I've decided to stay where I am, so I won't be continuing.",
                    "Would another day work for returning the laptop?",
                ),
            ),
            (
                "continuing-with-my-application",
                (
                    "I won't be continuing with my application.",
                    "Could we reschedule our call so I can explain?",
                ),
            ),
            (
                "continue-if-a-role-opens-up",
                (
                    "I won't be progressing to the final round.",
                    "I'd be happy to continue with the process if a similar role opens up.",
                ),
            ),
            (
                "delighted-to-accept-another-offer",
                (
                    "I'm delighted to accept the offer from Halcyon Health, so I will not be "
                    "attending on Tuesday.",
                ),
            ),
            ("not-withdrawing-lightly", ("I'm not withdrawing lightly, and I'm sorry.",)),
            (
                "still-keen-on-the-role-but",
                (
                    "I'm still keen on the role, but I have accepted another offer.",
                    "So I won't be continuing.",
                ),
            ),
            (
                "another-role-instead",
                (
                    "I won't be continuing for this post.",
                    "Could I be considered for the Senior Analyst role instead?",
                ),
            ),
            ("didnt-plan-to-pull-out", ("I didn't plan to pull out at this late stage.",)),
        ]
    ),
    fires(R, "threw-my-back-out", email(THANKS, "I threw my back out lifting boxes.", CLOSE), 3),
    fires(
        R,
        "cancelled-by-them",
        email(THANKS, "I see the interview has been cancelled again, the third time now.", CLOSE),
        3,
    ),
    silent(R, "declining-it", email("Thank you for the offer.", "I'll be declining it.", CLOSE)),
]

# --- missing-gratitude --------------------------------------------------------------------

R = "missing-gratitude"
_HOSTILE_DRAFT = (
    "I have accepted an offer from another company, so I am withdrawing my application. "
    "Frankly, five rounds for a junior role tells me all I need to know about how you treat "
    "people."
)
GRATITUDE_CASES = [
    # Thanks with a barb after them are only tone (read parts bm, dh); thanks for a free
    # lunch or a guess about the future are still thanks.
    *(
        fires(R, case_id, email(_HOSTILE_DRAFT, thanks), 3)
        for case_id, thanks in [
            ("thanks-i-guess", "Thanks for your time I guess."),
            ("cheers-for-the-free-labour", "Cheers for the free labour."),
            # Scare quotes on what is thanked for (read parts, five of eight writers).
            ("thanks-for-the-quick-chat", "Thanks for the 'quick chat' that ran to three hours."),
        ]
    ),
    *(
        silent(R, case_id, email(_HOSTILE_DRAFT, thanks))
        for case_id, thanks in [
            ("thanks-for-the-free-lunch", "Thanks for the free lunch, it was lovely."),
            ("thanks-i-guess-see-you", "Thanks again, I guess I'll see you around!"),
            # Grudging thanks are thanks (read parts bj, cd).
            ("ta-anyway", "Ta anyway."),
            ("cheers-anyway", "Cheers anyway."),
        ]
    ),
    # A line typed without a stop, then one that opens with thanks: two sentences.
    silent(
        R,
        "thanks-anyway-on-its-own-line",
        "hi this is Kayla, I had an interview at 3 today\n"
        "I found another place closer to campus so you can take me off the list\n"
        "thanks anyway and have a good one!",
    ),
    silent(
        R,
        "not-interested-but-real-thanks",
        email(
            "I'm sorry, but after a lot of thought I'm not interested, thank you so much for your "
            "time and patience.",
            "I have accepted another offer closer to home.",
            CLOSE,
        ),
    ),
    silent(
        R,
        "you-were-very-good-to",
        email("You were very good to fit me in at such short notice.", WITHDRAW, CLOSE),
    ),
    # "I valued ..." is thanks (read part ev; all 45 labelled sentences); feeling valued or
    # not is no thanks.
    silent(R, "ive-valued-our-conversations", email("I've valued our conversations.", WITHDRAW)),
    fires(
        R,
        "never-felt-valued",
        email(WITHDRAW, "I never felt valued by the panel.", CLOSE),
        3,
    ),
    fires(
        R,
        "not-interested-thanks",
        email("I'm withdrawing, as the rate was cut.", "Not interested, thanks.", CLOSE),
        3,
    ),
    silent(
        R,
        "cheers-again",
        email(
            "I'm stepping back from the process, as I've taken a job nearer home.",
            "Hope the launch goes well, and cheers again.",
        ),
    ),
    silent(
        R,
        "thanks-opening-a-long-sentence",
        email(
            "Thanks so much for the interview yesterday and I'm really sorry but after talking "
            "to my wife we've realised that with her going back to work in September and no "
            "one to do the school run it just isn't going to work for me to take on a role "
            "with a 7am start so I'm going to have to withdraw my application.",
            CLOSE,
        ),
    ),
    silent(
        R, "kind-of-you", email(WITHDRAW, "It was really kind of you to look past the gap.", CLOSE)
    ),
    silent(
        R, "appreciate-u", email(WITHDRAW, "Appreciate u so much and good luck with the hires!")
    ),
    # Pointed thanks are still thanks (most of the corpus's writers label them both), but
    # not with a barb after them, and "thanks but no thanks" is a refusal.
    fires(
        R,
        "thanks-with-a-barb",
        email(
            "Thanks for finally getting back to me, six weeks after the final interview.",
            WITHDRAW,
            CLOSE,
        ),
        3,
    ),
    silent(
        R, "pointed-thanks", email("Thank you for finally getting back to me.", WITHDRAW, CLOSE)
    ),
    fires(
        R,
        "grateful-for-a-chat-is-a-request",
        email(WITHDRAW, "I'd be grateful for a chat before Friday if possible.", CLOSE),
        3,
    ),
    silent(
        R,
        "appreciate-that-you-must-have",
        email(
            "I really appreciate that you must have put a lot of time into my application.",
            WITHDRAW,
            CLOSE,
        ),
    ),
    silent(
        R,
        "thanks-to-your-team-for",
        email("Thanks to your team for making the interview day so welcoming.", WITHDRAW, CLOSE),
    ),
    fires(
        R,
        "grateful-for-written-confirmation-is-a-request",
        email(WITHDRAW, "I would be grateful for written confirmation by Friday.", CLOSE),
        3,
    ),
    fires(R, "thanks-but-no-thanks", email("Thanks but no thanks.", WITHDRAW, CLOSE), 3),
    silent(R, "thanks-in-maori", email("Ngā mihi for the kōrero on Thursday.", WITHDRAW, CLOSE)),
    silent(R, "thanks-in-tagalog", email("Salamat po for the interview.", WITHDRAW, CLOSE)),
    silent(
        R,
        "thanks-in-irish",
        email("Go raibh maith agat for your letter about the panel.", WITHDRAW, CLOSE),
    ),
    silent(R, "appreciates-patience", email(WITHDRAW, "I appreciate your patience.", CLOSE)),
    fires(
        R,
        "appreciates-what-the-role-needs",
        email("I appreciate the role needs someone in the office most days.", WITHDRAW, CLOSE),
        3,
        "I appreciate the role needs someone in the office most days.",
    ),
    fires(
        R,
        "no-thanks-anywhere",
        email("I am withdrawing from the process because I have accepted another offer.", CLOSE),
        3,
        "I am withdrawing from the process because I have accepted another offer.",
    ),
    fires(
        R,
        "thanks-to-a-family-emergency-is-a-reason",
        email("Thanks to a family emergency, I must withdraw my application.", CLOSE),
        3,
        "Thanks to a family emergency, I must withdraw my application.",
    ),
    fires(
        R,
        "appreciate-that-is-not-thanks",
        email("I appreciate that this is short notice.", WITHDRAW, CLOSE),
        3,
        "I appreciate that this is short notice.",
    ),
    fires(
        R,
        "good-wishes-are-not-thanks",
        email(
            "I am writing to withdraw my application, as I have accepted another offer.",
            "I wish you the very best with the search.",
        ),
        3,
        "I am writing to withdraw my application, as I have accepted another offer.",
    ),
    fires(
        R,
        "no-greeting",
        email(WITHDRAW, CLOSE, greeting=None),
        1,
        WITHDRAW,
    ),
    fires(
        R,
        "thanks-only-in-the-quoted-reply",
        email(
            WITHDRAW,
            CLOSE,
            sign_off=f"Best regards,\nTomás\n\n{QUOTE_HEADER}\n> Thank you for applying to "
            "Acme Corp.\n> Are you free on Friday?",
        ),
        3,
        WITHDRAW,
    ),
    silent(R, "so-grateful", email("I'm so grateful for the time you gave me.", WITHDRAW, CLOSE)),
    silent(R, "many-thanks", email("Many thanks for your time on Tuesday.", WITHDRAW, CLOSE)),
    silent(
        R,
        "many-thanks-for-the-interview",
        email("Many thanks for the interview on Tuesday.", WITHDRAW, CLOSE),
    ),
    silent(
        R,
        "really-appreciate-the-time",
        email("I really appreciate the time you spent with me.", WITHDRAW, CLOSE),
    ),
    silent(
        R,
        "thank-you-all",
        email("Thank you all for such a warm welcome last week.", WITHDRAW, CLOSE),
    ),
    silent(R, "thankful", email("I'm thankful for the chance to meet the team.", WITHDRAW, CLOSE)),
    silent(
        R,
        "thanks-only-at-the-end",
        email(WITHDRAW, "Thank you again for your time, and I wish you every success."),
    ),
    silent(
        R,
        "pass-on-my-thanks",
        email(WITHDRAW, "Please pass on my thanks to the team.", CLOSE),
    ),
    silent(R, "many-thanks-to", email(WITHDRAW, "Many thanks to the panel for their time.", CLOSE)),
    fires(
        R,
        "thanks-to-after-a-comma",
        email("I took another job, thanks to the delay, so I am withdrawing.", CLOSE),
        3,
    ),
    fires(
        R,
        "appreciate-that-targets",
        email(
            WITHDRAW,
            "I appreciate that your targets probably depend on it, but my answer is the same.",
            CLOSE,
        ),
        3,
    ),
]

# --- missing-reason -----------------------------------------------------------------------

R = "missing-reason"
REASON_CASES = [
    # A reason kept back is none given (read parts cs, du, dz, el), unless words name one;
    # this job declined is no other job taken (read parts ea, em).
    *(
        fires(R, case_id, email(THANKS, text, CLOSE), 5)
        for case_id, text in [
            (
                "rather-not-go-into-the-details",
                "I've decided to withdraw from the process. I'd rather not go into the details, "
                "but it isn't a decision I've made lightly.",
            ),
            (
                "wont-be-taking-the-domestic-job",
                "I wont be taking the domestic job after all, can you take me off the list please.",
            ),
        ]
    ),
    *(
        silent(R, case_id, email(THANKS, text, CLOSE))
        for case_id, text in [
            (
                "a-personal-matter-kept-back",
                "I'm withdrawing my application. It's a personal matter and I'd rather not go "
                "into detail.",
            ),
            (
                "reasons-kept-back",
                "For reasons I'd rather not go into, I'm withdrawing my application.",
            ),
        ]
    ),
    # The reason in the subject line only (read part dz): given, unless the subject only
    # names the role.
    silent(
        R,
        "reason-in-the-subject",
        "Subject: Withdrawing - accepted an offer closer to home\n\n"
        + email(THANKS, "Please withdraw my application for the coordinator role.", CLOSE),
    ),
    fires(
        R,
        "subject-names-the-role-only",
        "Subject: Withdrawal - Policy Officer (Housing), ref 24/117\n\n"
        + email(THANKS, "Please withdraw my application for the coordinator role.", CLOSE),
        7,
    ),
    # Staying in and asking about the job's terms or timing (read part eh): no withdrawal,
    # so no reason is owed for one, and none is read into the question.
    *(
        fires(R, case_id, email(THANKS, text, CLOSE), 3)
        for case_id, text in [
            (
                "would-the-team-consider-hybrid",
                "I'm moving to Manchester in the spring, so would the team consider a hybrid "
                "setup with two days a week in London?",
            ),
            (
                "keen-to-continue-either-way",
                "I care for my mother on Fridays, so could the role be done at 80%? I am very "
                "keen to continue either way.",
            ),
            (
                "interviews-brought-forward",
                "I've received an offer from another company with a deadline of next Friday, so "
                "could the remaining interviews be brought forward?",
            ),
        ]
    ),
    fires(
        R,
        "a-school-year-is-no-reason",
        email(
            THANKS,
            "I am withdrawing my application.",
            "I wish you and the staff a wonderful school year.",
        ),
        5,
    ),
    # A business of one's own (read part ec).
    silent(
        R,
        "the-business-i-started",
        email(
            THANKS,
            "After much thought I will devote myself full-time to the tutoring firm I founded "
            "in 2022, and I am therefore withdrawing my candidacy.",
            CLOSE,
        ),
    ),
    silent(
        R,
        "a-shouted-word",  # user review: the classifier did not know "ANOTHER" and vetoed it
        "Hi Dana,\n\nThanks for the interview but I took ANOTHER job so I withdraw!!!\n\nMia\n",
    ),
    silent(
        R,
        "only-looking-for",
        email(
            THANKS,
            "I am withdrawing my application.",
            "I'm really only looking at head coaching jobs now.",
            CLOSE,
        ),
    ),
    silent(
        R,
        "between-this-and",
        email(
            THANKS,
            "The interview was moved for the third time this morning.",
            "Between this and the unanswered emails, I have decided to withdraw.",
            CLOSE,
        ),
    ),
    # Reasons in words of their own.
    *(
        silent(R, case_id, email(THANKS, sentence, CLOSE))
        for case_id, sentence in [
            ("moved-again", "Hi, with it being moved again I'm going to pull out."),
            # Read parts dg, di: the withdrawal begins inside the so-clause; a project to
            # see through.
            (
                "so-im-done",
                "You sent me to the wrong site twice this week, so I'm done with this one.",
            ),
            (
                "see-it-through",
                "I'd like to take my name out of consideration. Atlas goes live in Q3 and I "
                "really want to see it through rather than hand it over.",
            ),
            ("found-something-else", "Not interested anymore, found something else."),
            ("if-its-nights-only", "If it's nights only I think I'll give it a miss."),
            (
                "allocated-a-placement",
                "I withdraw my application, having been allocated my internship placement in "
                "Durban.",
            ),
            (
                "below-the-range",
                "The offer came in below the bottom of the range we discussed, so I will decline.",
            ),
            ("got-hired-at", "i got hired at the garden centre so i wont be coming monday."),
            ("i-move-to", "I move to Porto so I stop the process."),
            (
                "explains-but-never-withdraws",
                "With our first baby due in June, I don't think I can be away three nights a week.",
            ),
            ("taking-a-post", "Taking the Leeds consultant post, so please pull my application."),
            ("a-real-surgery", "I am withdrawing my application. I have Surgery next month."),
            (
                "therefore-points-back-to-the-reason",
                "I have been awarded a Chevening scholarship for an LLM in London, beginning this "
                "September. I will therefore withdraw from the process.",
            ),
            (
                "reason-after-a-colon",
                "I've made the call to withdraw: two people on my team have just resigned.",
            ),
            (
                "relocation",
                "I have decided to withdraw, as my family is relocating to Lisbon next month.",
            ),
            (
                "caring-for-a-parent",
                "I need to withdraw because I will be caring for my mother after her operation.",
            ),
            (
                "not-a-fit",
                "After some reflection, I have realised the role leans more toward sales than I "
                "want, so I am withdrawing.",
            ),
            (
                "thanks-to-a-family-emergency",
                "Thanks to a family emergency, I must withdraw my application.",
            ),
            (
                "vague-reason-is-still-a-reason",
                "I am withdrawing my application for personal reasons.",
            ),
            (
                "counteroffer",
                "I have accepted a counteroffer from my current employer, so I will not be moving "
                "forward.",
            ),
            ("happy-where-i-am", "I'm happy where I am for now, so please withdraw me."),
            ("kept-waiting", "I waited 50 minutes in reception, so I'm withdrawing."),
        ]
    ),
    silent(
        R,
        "did-not-take-place",
        email(
            THANKS,
            "I am withdrawing my application.",
            "The meeting did not take place, for the second time.",
            CLOSE,
        ),
    ),
    fires(
        R,
        "reason-left-as-a-slot",
        email(THANKS, "I have decided to withdraw my application due to [reason].", CLOSE),
        5,
        "I have decided to withdraw my application due to [reason].",
    ),
    fires(
        R,
        "a-name-is-no-reason",
        email(
            THANKS,
            "Please cancel my interview at Elm Street Surgery, I no longer wish to go ahead.",
            CLOSE,
        ),
        5,
        "Please cancel my interview at Elm Street Surgery, I no longer wish to go ahead.",
    ),
    silent(
        R,
        "a-dry-complaint-is-the-reason",
        email(
            THANKS,
            "I've decided to pull out of the process.",
            "Four group interviews for a seasonal stockroom job is a bit much.",
            CLOSE,
        ),
    ),
    fires(
        R,
        "logistics-beside-the-withdrawal-are-no-reason",
        email(
            THANKS,
            "I am withdrawing my application.",
            "I'll return the signed NDA by Friday.",
            CLOSE,
        ),
        5,
        "I am withdrawing my application.",
    ),
    silent(
        R,
        "asking-for-another-role-instead",
        email(
            THANKS,
            "The role is heavier on cold outbound than I realized, and that's not where I do "
            "my best work.",
            "Is there any chance I could be considered for the Customer Success opening instead?",
            CLOSE,
        ),
    ),
    fires(
        R,
        "a-reschedule-with-instead-is-still-a-request",
        email(
            THANKS,
            "I have a clash with a client deadline on Tuesday.",
            "Could we move it to Thursday, when the hiring team is also free instead?",
            CLOSE,
        ),
        3,
        THANKS,
    ),
    fires(
        R,
        "a-reschedule-explains-the-request",
        email(
            THANKS,
            "My son is unwell this week and I need to be at home with him.",
            "Would it be possible to move the interview to next Tuesday?",
            CLOSE,
        ),
        3,
        THANKS,
    ),
    fires(
        R,
        "asking-for-time-on-an-offer",
        email(
            THANKS,
            "I've received an offer from another firm with a deadline of next Wednesday.",
            "Could you give me until Friday to respond?",
            CLOSE,
        ),
        3,
        THANKS,
    ),
    # How the decision was made, and the decision itself, are no reasons (read part cs;
    # most writers label them so).
    *(
        fires(R, case_id, email(THANKS, sentence, CLOSE), 5, sentence)
        for case_id, sentence in [
            (
                "talked-over-with-family",
                "After discussing it at length with my family, I've decided to withdraw my "
                "application.",
            ),
            (
                "talked-over-with-partner",
                "I talked it over with my partner last night and I've decided not to go forward.",
            ),
            (
                "cancel-as-i-have-decided",
                "Please cancel those arrangements, as I have decided to withdraw my application.",
            ),
            # "as I said" points back to a conversation, not to a cause (read parts at, av).
            (
                "as-i-told-on-the-phone",
                "I write to confirm, as I told Ms Hart on the telephone yesterday, that I am "
                "withdrawing from the process.",
            ),
            (
                "as-i-said-on-the-4th",
                "As I said on the 4th, I'm no longer available for the role.",
            ),
            # The withdrawal given as its own cause (read part au).
            (
                "as-i-no-longer-wish",
                "Please could you withdraw my application as I no longer wish to proceed.",
            ),
        ]
    ),
    # Why the notice comes now, not why the candidate withdraws (read part cs).
    fires(
        R,
        "because-i-know-youre-keen",
        email(
            THANKS,
            "I've decided not to accept.",
            "I wanted to give you as much notice as possible because I know you're keen to "
            "have someone in place before the summer term.",
            CLOSE,
        ),
        5,
        "I've decided not to accept.",
    ),
    # What happened in the process, said plainly, is the reason (read parts at, ba, bm).
    *(
        silent(R, case_id, email(THANKS, f"I am withdrawing my application. {sentence}", CLOSE))
        for case_id, sentence in [
            (
                "after-how-i-was-treated",
                "After how I was treated at the interview I won't be applying again.",
            ),
            (
                "cant-keep-moving-jobs-around",
                "I have work to do and can't keep moving jobs around for your schedule.",
            ),
            ("a-third-reschedule", "This is the third reschedule."),
            (
                "the-role-is-now-a-coordinator-role",
                "After three rounds the Marketing Manager role is now a Marketing Coordinator "
                "role.",
            ),
            (
                "rebranding-for-free",
                "Rebranding your product line for free over a weekend is more than a test.",
            ),
        ]
    ),
    *(
        silent(R, case_id, email(THANKS, sentence, CLOSE))
        for case_id, sentence in [
            (
                "talked-over-and-the-shift-doesnt-work",
                "I talked it over with my wife and the split shift doesn't work with her hours, "
                "so I'm withdrawing.",
            ),
            (
                "decided-after-family-because",
                "After discussing with my family, I have decided to withdraw because we are "
                "moving back to Enugu.",
            ),
            # A purpose after the withdrawal is its reason (read part cr), and a cause the
            # writer knows is one.
            (
                "so-i-can-focus-on",
                "I'd like to withdraw from the final round so I can focus on other processes "
                "that are further along.",
            ),
            (
                "because-i-know-the-commute",
                "I'm withdrawing because I know the commute would wear me down within a month.",
            ),
        ]
    ),
    # More requests that explain themselves (read part ct): a pause, more days, a question
    # before accepting, an earlier date, staying in, accepting.
    *(
        fires(R, case_id, email(THANKS, explanation, request, CLOSE), 3, THANKS)
        for case_id, explanation, request in [
            (
                "pause-my-application",
                "We're moving house at the end of the month.",
                "Could we pause my application until mid-September?",
            ),
            (
                "ask-for-more-days",
                "I'm waiting to hear back on another process that closes on Friday.",
                "I would like to ask for a few more days before I answer.",
            ),
            (
                "a-question-before-accepting",
                "I care for my grandmother on Fridays.",
                "Before I can accept, could the role be done over four days?",
            ),
            (
                "bring-it-forward",
                "I've received a written offer from another company.",
                "Is there any chance of bringing the final interview forward?",
            ),
            (
                "staying-in-after-a-move",
                "We're moving house, so I'll be stretched thin for a few weeks.",
                "I'd very much like to stay in the running, though.",
            ),
            (
                "accepting-the-offer",
                "My notice period is a month.",
                "I'm happy to accept the offer and can start on 3 June.",
            ),
        ]
    ),
    fires(
        R,
        "said-twice-is-no-reason",
        email(
            THANKS,
            "Please remove my details from your database; I won't be applying to Norbridge again.",
            CLOSE,
        ),
        5,
        "Please remove my details from your database; I won't be applying to Norbridge again.",
    ),
    fires(
        R,
        "leaning-toward-is-a-hedge",
        email(THANKS, "I'm leaning toward withdrawing from the process.", CLOSE),
        5,
        "I'm leaning toward withdrawing from the process.",
    ),
    fires(
        R,
        "therefore-after-thanks-points-at-nothing",
        email("Thank you for the interview. I will therefore withdraw, with regret.", CLOSE),
        3,
        "I will therefore withdraw, with regret.",
    ),
    fires(
        R,
        "bare-withdrawal",
        email("Thank you for your time last week. I am withdrawing my application.", CLOSE),
        3,
        "I am withdrawing my application.",
    ),
    fires(
        R,
        "remove-me",
        email(THANKS, "Please remove me from consideration for the role.", CLOSE),
        5,
        "Please remove me from consideration for the role.",
    ),
    fires(
        R,
        "withdraw-and-cancel",
        email(THANKS, "I would like to withdraw and to cancel my interview on Friday.", CLOSE),
        5,
        "I would like to withdraw and to cancel my interview on Friday.",
    ),
    fires(
        R,
        "no-greeting",
        email("Thanks for everything. I'm pulling out of the process.", CLOSE, greeting=None),
        1,
        "I'm pulling out of the process.",
    ),
    fires(
        R,
        "after-careful-thought-is-not-a-reason",
        email(THANKS, "After careful thought, I have decided to withdraw from the process.", CLOSE),
        5,
        "After careful thought, I have decided to withdraw from the process.",
    ),
    fires(
        R,
        "role-at-company-is-not-another-offer",
        email(ACME, "I am withdrawing my application.", CLOSE),
        5,
        "I am withdrawing my application.",
    ),
    fires(
        R,
        "a-hyphenated-word-is-not-an-explanation",
        email(THANKS, "I am withdrawing from the full-time analyst role at Acme this week.", CLOSE),
        5,
        "I am withdrawing from the full-time analyst role at Acme this week.",
    ),
    silent(R, "other-offer", email(THANKS, WITHDRAW, CLOSE)),
]

# --- missing-positive-close ---------------------------------------------------------------

R = "missing-positive-close"
HOSTILE = (
    "Frankly, five rounds for a junior role tells me all I need to know about how you treat people."
)
CLOSE_CASES = [
    # Good wishes in other Englishes (read parts eh, ei, ej).
    *(
        silent(R, case_id, email(THANKS, WITHDRAW, sentence))
        for case_id, sentence in [
            ("hope-for-further-development", "I hope for your company's further development."),
            ("good-continuation", "Good continuation!"),
            ("hope-you-fill-it-quick", "Hope you fill the role quick!"),
            # Read part el: a hope to work together again, "hopefully" first.
            (
                "hopefully-work-with-you-another-time",
                "Pull me off the list for now mate, cheers and hopefully work with you lot "
                "another time.",
            ),
            ("one-day-our-paths", "One day our paths will cross again."),
            # A shut door with the team wished the very best (read part er).
            (
                "no-more-applications-but-the-very-best",
                "I will not be applying for government roles again, but I wish you and the "
                "team the very best.",
            ),
            # Regards sent on are good wishes (read part eb).
            (
                "regards-to-the-team",
                "Kindly pass my regards to Mr. Otieno and the panel.",
            ),
        ]
    ),
    # No good wish: a bare "hopefully", and "with regards to", which is "about".
    *(
        fires(R, case_id, email(THANKS, WITHDRAW, sentence), 7)
        for case_id, sentence in [
            ("hopefully-is-no-close-alone", "Hopefully the next round is shorter for everyone."),
            (
                "with-regards-to-is-no-close",
                "I am writing with regards to my application for the post.",
            ),
        ]
    ),
    # A hope for "more smoothly" is a close unless it compares with the writer's own time
    # (a review; read part h).
    silent(
        R,
        "more-smoothly-than-you-feared",
        email(
            THANKS,
            WITHDRAW,
            "I hope the move into the new building goes more smoothly than you feared.",
        ),
    ),
    # After a complaint, a wish for something that is no hiring matter is a parting shot, not
    # a positive close (read parts ad, bh, cj, cr, cy, da); a wish for the search or the new
    # store is still one, and in a warm draft any wish is.
    # A door shut on the future is no close, though "future opportunities" is a cue of one
    # (read parts ck, dh).
    fires(
        R,
        "shut-door-on-future-opportunities",
        email(THANKS, WITHDRAW, "I won't be pursuing future opportunities with the group."),
        7,
    ),
    *(
        fires(R, case_id, email(WITHDRAW, HOSTILE, wish), 7, wish)
        for case_id, wish in [
            ("hostile-luck-with-stage-seven", "Good luck with stage seven."),
            ("hostile-luck-sorting-out", "Best of luck sorting out your calendar."),
            ("hostile-luck-with-that", "Good luck with that."),
            (
                "hostile-someone-with-free-weekends",
                "I hope you find someone who has the free weekends for it.",
            ),
        ]
    ),
    *(
        silent(R, case_id, text)
        for case_id, text in [
            (
                "hostile-luck-with-the-search",
                email(WITHDRAW, HOSTILE, "Good luck with the search."),
            ),
            ("hostile-luck-new-store", email(WITHDRAW, HOSTILE, "Good luck with the new store.")),
            # Read part as: a shut door with a wish after it still ends warmly.
            (
                "shut-door-but-wish-a-great-year",
                email(
                    THANKS,
                    WITHDRAW,
                    "I don't expect I'll be applying here again, but I wish your students a "
                    "great year.",
                ),
            ),
            (
                "warm-luck-with-renovation",
                email(THANKS, WITHDRAW, "Good luck with the renovation!"),
            ),
        ]
    ),
    # Keenness and a promise to be in touch end on a positive note (read parts cs, ct, cx).
    *(
        silent(R, case_id, email(THANKS, WITHDRAW, sentence))
        for case_id, sentence in [
            ("be-in-touch-if-things-change", "I'll be in touch if things change."),
            ("still-love-to-make-this-work", "I'd still love to make this work."),
            (
                "still-very-much-interested",
                "I am still very much interested in the Warehouse Assistant job.",
            ),
            ("still-really-want-the-job", "still really want the job"),
        ]
    ),
    # A hope to come back (read part db).
    silent(
        R,
        "back-knocking-on-your-door",
        email(
            THANKS, WITHDRAW, "Hopefully I'll be back knocking on your door once I've graduated!"
        ),
    ),
    # Read parts cr and cs.
    silent(
        R, "good-vibes", email(THANKS, WITHDRAW, "Sending good vibes for the rest of your search!!")
    ),
    silent(
        R,
        "hope-very-much-that-you-will-find",
        email(
            THANKS,
            WITHDRAW,
            "I am sorry for the short notice and I hope very much that you will find a good "
            "person for the job.",
        ),
    ),
    silent(
        R,
        "fingers-crossed",
        email(THANKS, WITHDRAW, "I'd prefer your role, so fingers crossed the timing works out."),
    ),
    fires(
        R,
        "treated-with-respect-is-no-admiration",
        email(WITHDRAW, "I do not believe I would be treated with respect there."),
        5,
    ),
    fires(
        R,
        "a-pleasantry-that-opens-is-no-ending",
        email(
            "I hope you are well. I am withdrawing my application for the Chef role as I am "
            "moving to Spain."
        ),
        3,
        "I am withdrawing my application for the Chef role as I am moving to Spain.",
    ),
    silent(
        R,
        "good-wishes-that-end-after-a-pleasantry",
        email(
            "I hope you are well. I am withdrawing my application as I am moving to Spain.",
            "I hope all is well with you and the team.",
        ),
    ),
    silent(
        R,
        "take-care-with-a-full-stop",
        "Hi Kyle,\n\nThank you for the update. I accepted another position last week, so I "
        "am withdrawing. Perhaps a quick update next time would help.\n\nTake care.\n\n"
        "Jordan\n",
    ),
    silent(
        R,
        "thanks-again-ends-the-paragraph",
        "Hi Simon,\n\nThank you for the offer letter.\nI have accepted a post nearer home, so "
        "I am withdrawing.\nThanks again.\n\nBen\n",
    ),
    fires(
        R,
        "ends-on-apologies-again",
        email(
            ACME,
            WITHDRAW,
            "I'm very sorry for the inconvenience.",
            "Apologies again for the short notice.",
        ),
        9,
        "Apologies again for the short notice.",
    ),
    fires(
        R,
        "ends-on-an-apology-said-again",
        email(ACME, WITHDRAW, "I'm sorry for the short notice. Again, I'm really sorry."),
        7,
        "Again, I'm really sorry.",
    ),
    fires(
        R,
        "ends-ruling-out-the-future",
        email(ACME, WITHDRAW, "Please don't reach out about future roles either."),
        7,
        "Please don't reach out about future roles either.",
    ),
    silent(
        R,
        "stay-connected",
        email(ACME, WITHDRAW, "Would be good to stay connected though."),
    ),
    silent(
        R, "dont-hesitate", email(ACME, WITHDRAW, "Please don't hesitate to reach out in future.")
    ),
    silent(R, "no-doubt", email(ACME, WITHDRAW, "I have no doubt our paths will cross again.")),
    # Thanks, if pointed: negative-tone reports it, this rule does not (but thanks with a
    # barb after them, "Thanks for your time I guess.", are no thanks: see missing-gratitude).
    silent(
        R,
        "pointed-thanks-still-thanks",
        email(ACME, WITHDRAW, "Thank you for finally getting back to me."),
    ),
    fires(
        R,
        "ends-on-logistics",
        email(ACME, WITHDRAW, "Please cancel the call booked for Monday."),
        7,
        "Please cancel the call booked for Monday.",
    ),
    fires(
        R,
        "good-wishes-too-early",
        email(
            "Thank you for your time. I wish you every success.",
            "I have accepted another offer, so I am withdrawing. Please cancel the second "
            "interview. I will return the security badge by post.",
        ),
        5,
        "I will return the security badge by post.",
    ),
    fires(
        R,
        "ends-on-the-decision",
        email(THANKS, "My circumstances have changed this month.", WITHDRAW),
        7,
        WITHDRAW,
    ),
    fires(
        R,
        "no-greeting-no-sign-off",
        email(
            "Thank you for the interview. I have accepted another offer. I am withdrawing my "
            "application.",
            greeting=None,
            sign_off=None,
        ),
        1,
        "I am withdrawing my application.",
    ),
    fires(
        R,
        "sign-off-formula-is-not-a-close",
        email(
            THANKS, WITHDRAW, "Please cancel Friday's interview.", sign_off="Best wishes,\nTomás"
        ),
        7,
        "Please cancel Friday's interview.",
    ),
    fires(
        R,
        "apology-is-not-a-close",
        email(THANKS, WITHDRAW, "I apologise for the short notice."),
        7,
        "I apologise for the short notice.",
    ),
    # Good endings in words of their own.
    *(
        silent(R, case_id, email(THANKS, WITHDRAW, sentence))
        for case_id, sentence in [
            ("wish-all-the-best", "I wish you all the best."),
            ("best-of-luck", "Best of luck with the search."),
            ("paths-cross", "I hope our paths cross again."),
            ("thanks-again", "Thank you again for your time."),
            ("stay-in-touch", "I would be glad to stay in touch."),
            ("on-the-books", "Please keep me in mind for day shifts."),
            ("blessed-day", "Have a blessed day."),
            ("speak-soon", "Speak soon."),
            ("drinks-soon", "Drinks soon?"),
            ("bonne-chance", "Bonne chance with the search!"),
            ("glad-to-collaborate", "I would be glad to discuss a collaboration at some point."),
            ("rooting-for-you", "Rooting for you all, seriously."),
            ("portuguese-wish", "Muito sucesso pra vocês"),
            ("keep-talking", "Let's keep talking about other roles!"),
            ("wishing-a-good-summer", "Wishing you guys a good summer!"),
            ("hope-it-goes-smoothly", "I hope the seed round closes smoothly for the whole team."),
            ("give-me-a-ring", "If you ever need a sub, give me a ring."),
            ("apply-again-in-summer", "Maybe I could apply again in the summer?"),
            ("mind-how-you-go", "Mind how you go."),
            ("safe-flying", "Safe flying to you and the crews."),
            (
                "stay-on-your-radar",
                "I'd very much like to stay on your radar for when we come home.",
            ),
            ("give-us-a-shout", "If anything comes up, give us a shout."),
            ("pray-for-prosperity", "I sincerely pray for the prosperity of your company."),
            ("buon-lavoro", "Buon lavoro to all the team."),
            (
                "if-ever-an-opportunity",
                "If there is ever an opportunity where my background could help, please do not "
                "hesitate to reach out.",
            ),
        ]
    ),
    fires(
        R,
        "do-not-keep-me-in-mind",
        email(THANKS, WITHDRAW, "Please do not keep me in mind for future roles."),
        7,
        "Please do not keep me in mind for future roles.",
    ),
    silent(
        R,
        "close-then-one-more-sentence",
        email(
            THANKS,
            f"{WITHDRAW} I wish you every success. Please feel free to keep my details on file.",
        ),
    ),
    fires(
        R,
        "the-opportunity-to-work-from-home",
        email(THANKS, WITHDRAW, "My new role gives me the opportunity to work from home again."),
        7,
    ),
]

# --- negative-tone ------------------------------------------------------------------------

R = "negative-tone"


def _with(sentence: str) -> str:
    """A model email with `sentence` added after the withdrawal, on line 5."""
    return email(THANKS, f"{WITHDRAW} {sentence}", CLOSE)


def _negative(case_id: str, sentence: str, xfail: str | None = None) -> ParameterSet:
    return fires(R, case_id, _with(sentence), 5, sentence, xfail=xfail)


def _sincere(prefix: str, sentences: list[str]) -> list[ParameterSet]:
    """Sentences that must not read as hostile, each in the model email: `prefix-0`, ..."""
    return [silent(R, f"{prefix}-{i}", _with(sentence)) for i, sentence in enumerate(sentences)]


NEGATIVE_CASES = [
    # Read part do: idioms of sarcasm, rhetorical questions and advice for next time.
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            (
                "missed-a-zero",
                "I've read it a couple of times to make sure I hadn't missed a zero.",
            ),
            ("its-own-answer", "Two months with no reply is its own answer."),
            (
                "evidently-limited-time",
                "I would not wish to take up any more of their evidently limited time.",
            ),
            (
                "less-like-more-like",
                "The brief sounds less like an assessment and more like a Q3 deliverable.",
            ),
            (
                "a-new-one-for-me",
                "An unpaid twelve-hour orientation is certainly a new one for me.",
            ),
            ("why-if", "Why advertise a strategy role if it is an assistant role?"),
            (
                "since-the-last-seem",
                "I hope this email reaches you, since the last four didn't seem to.",
            ),
            (
                "before-reopening",
                "I'd recommend benchmarking the band before re-opening the search.",
            ),
            (
                "before-it-goes-out-again",
                "Have someone technical look over the job description before it goes out again.",
            ),
            ("dont-bother-rescheduling", "Don't bother rescheduling, I'm out."),
            # Read parts bj, dq.
            (
                "how-candidates-are-treated",
                "Honestly, if this is how candidates are treated, I'd hate to see how "
                "employees are.",
            ),
            (
                "someone-with-that-free-time",
                "Hope you find someone who has that kind of free time!",
            ),
            # Read part dn.
            (
                "bears-little-resemblance",
                "The role you described bears very little resemblance to the one Meera "
                "talked about.",
            ),
            # Read parts dt, bd, da: "somehow", time given up for nothing.
            ("somehow-not-mentioned", "The bond was somehow not mentioned at the open day."),
            (
                "somehow-became",
                "The hybrid role somehow became five days in the office at the offer stage.",
            ),
            ("a-morning-for-nothing", "I took a morning off work for nothing on Friday."),
            # Read parts ec, ed, ee and older ones: the employer taken instead "managed to".
            (
                "a-firm-that-managed-to",
                "In the meantime I joined a firm that managed to make an offer in ten days.",
            ),
            (
                "another-employer-managed-to",
                "Another employer managed to interview me and send a contract in a fortnight.",
            ),
            (
                "a-clinic-where-the-manager-managed-to",
                "I start at a clinic where the manager managed to turn up to her own interview.",
            ),
            # Read part ei and older: thanks marking the wait, pointed repetition, the role
            # "not a priority", a firm hard to take seriously, barbed wishes.
            ("thanks-to-me-eventually", "Thanks for replying to me eventually."),
            ("assume-not-a-priority", "I'll assume the vacancy isn't a priority."),
            (
                "hard-to-take-seriously",
                "It is hard to take seriously a firm that cancels twice on the day.",
            ),
            ("plenty-of-free-afternoons", "Hope you find someone with plenty of free afternoons."),
            ("search-moves-faster", "I hope the rest of the search moves a little faster."),
            (
                "not-how-i-expect-an-employer",
                "Changing the contract after a handshake isn't how I expect an employer at this "
                "level to work.",
            ),
            (
                "appreciate-it-if-honest-next-time",
                "I'd appreciate it if the next advert was honest about the weekend hours.",
            ),
        ]
    ),
    # Weak cues, pointed beside a complaint: counted when another sentence is hostile.
    *(
        fires(R, case_id, email(THANKS, WITHDRAW, sentence, HOSTILE, CLOSE), 7, sentence, count=2)
        for case_id, sentence in [
            ("generous-of-him", "That was generous of him, given what the job pays."),
            ("whoever-ends-up", "Whoever ends up in the job will have a busy first year."),
            ("thanks-for-the-fifth-email", "Thanks for the fifth email about the portal."),
            ("once-it-started", "I enjoyed the chat on Monday, once it started."),
            ("i-do-hope-they-are-good-ones", "I do hope they are good ones."),
            # Read parts ec, ed, ei: weak, as a review wrote them sincere too.
            ("ate-my-entire-weekend", "The take-home ate my entire weekend."),
            ("following-up-third-time", "Following up for the third time about my application."),
            # Read parts eb, ee: advice for the next candidate.
            (
                "might-be-worth-future",
                "It might be worth telling future applicants about the night shifts up front.",
            ),
            # Read parts dt, dy: negative in every labelled sentence with them, but sincere
            # in a review's emails, so weak.
            ("taking-the-hint", "Second reschedule this month, so I'll take the hint."),
            (
                "which-i-suppose",
                "I learned at the interview that it is an assistant role reporting to the store "
                "manager, which I suppose is a small detail.",
            ),
            ("cool-cool", "so the pay is 2 quid less than the ad said, cool cool."),
            (
                "outdone-yourselves",
                "Unpaid trial, split shifts and no breaks: you've outdone yourselves.",
            ),
            ("at-this-rate", "At this pace the post will be filled next year."),
            ("is-wild", "Five rounds for a weekend job is wild."),
            ("just-a-suggestion", "The advertised rota was just a suggestion."),
            ("for-you-anyway", "It's a great deal, for you anyway."),
            ("pays-the-bills", "Hopefully the team spirit pays the bills."),
            # Barbed last wishes of parts dt, dy.
            (
                "whoever-is-still-available",
                "Wishing you luck with the final round, with whoever is still available.",
            ),
            (
                "more-patience-than-i-have",
                "I hope the post goes to someone with more patience than I have.",
            ),
            ("goes-a-bit-quicker", "Hope the rest of your hiring goes a bit quicker."),
            (
                "for-the-next-candidate",
                "Wishing you a speedy background check for the next candidate.",
            ),
            # Part do: pointed after a complaint, sincere in a warm draft (a review).
            ("yet-another-date", "Your email proposes yet another date for the panel."),
            ("runs-more-smoothly", "I hope the actual events run more smoothly."),
            (
                "whether-anyone",
                "I have not heard anything since, including whether anyone looked at it.",
            ),
            ("just-so-i-understand", "Just so I understand, the test is your live client's brief?"),
        ]
    ),
    # Idioms of sarcasm and reproach with no insult word (read parts dh, di), and the
    # sincere sentences in the same words.
    _negative("pleasure-but", "I'd say it's been a pleasure, but."),
    _negative("pleasure-but-lying", "I'd love to say it's been a pleasure, but I'd be lying."),
    *(
        silent(R, case_id, _with(sentence))
        for case_id, sentence in [
            # Sincere uses of the cues from read parts dn and do (a review).
            (
                "just-so-i-understand-sincere",
                "Just so I understand what happens next, is there anything I need to sign?",
            ),
            (
                "whether-anyone-sincere",
                "Could you let me know whether anyone needs me to return the laptop?",
            ),
            (
                "out-of-curiosity-sincere",
                "Out of curiosity, do you expect to hire for a more junior post later this year?",
            ),
            (
                "in-case-it-helps-sincere",
                "In case it helps with your next candidate, the parking instructions were clear.",
            ),
            ("yet-another-round-sincere", "My partner's start-up has closed yet another round."),
            (
                "how-candidates-are-treated-sincere",
                "I was genuinely impressed by how candidates are treated at every stage.",
            ),
            ("another-date-sincere", "Thank you for offering another date for the panel."),
            ("hope-smoothly-sincere", "I hope the launch runs smoothly."),
            # Sincere sentences in the words of part dt's cues.
            ("somehow-managed-sincere", "I somehow managed to book two interviews at once."),
            # Sincere in the words of the cues from parts ec, ed, ee.
            ("we-managed-to-sincere", "We managed to fit both interviews into one morning."),
            # A review's sincere sentences in the words of the weak cues.
            (
                "another-employer-sponsored-sincere",
                "Another employer managed to sponsor my visa, which settles it for me.",
            ),
            (
                "moving-house-ate-my-weekend-sincere",
                "Apologies for the slow reply - moving house ate my entire weekend.",
            ),
            (
                "didnt-take-it-seriously-sincere",
                "I didn't take the first offer seriously at the time.",
            ),
            ("recovery-quicker-sincere", "I hope your recovery is quicker than the last one."),
            (
                "my-health-a-priority-sincere",
                "Looking after my health is not a priority I can put off.",
            ),
            (
                "a-team-that-managed-to-sincere",
                "It was lovely to meet a team that managed to make a panel feel relaxed.",
            ),
            (
                "took-my-weekend-sincere",
                "The take-home took most of my weekend, which I did not mind at all.",
            ),
            (
                "appreciate-it-if-could-sincere",
                "I'd appreciate it if you could pass my thanks on to the panel.",
            ),
            (
                "generous-of-you-to-sincere",
                "It was generous of you to give me so much of your time.",
            ),
            ("whoever-gets-it-sincere", "Whoever gets the job will be lucky to work with you."),
            ("nobody-for-nothing-sincere", "At least nobody travelled for nothing."),
            (
                "at-this-rate-sincere",
                "At this rate I'll be settled in Leeds by March, which suits us well.",
            ),
            ("cool-sincere", "The new office looks really cool, and I loved the tour."),
            # Read part du: the writer's own delay.
            ("sorry-it-took-me-a-week", "Sorry it took me a week to reply."),
            (
                "next-candidate-sincere",
                "I hope the day goes as well for the next candidate as it did for me.",
            ),
            # A review: the same words, sincere.
            (
                "trip-not-for-nothing",
                "Please don't worry that the trip was for nothing, I had a lovely day.",
            ),
            (
                "which-i-suppose-sincere",
                "I've accepted a role ten minutes from home, which I suppose was always going to "
                "win out over a long commute.",
            ),
            ("cool-cool-sincere", "cool cool, thanks for chasing them for feedback!"),
            (
                "outdone-yourselves-sincere",
                "You have truly outdone yourselves with the onsite day.",
            ),
            ("new-one-sincere", "The role would have been a new one for me, which excited me."),
            ("since-my-last-sincere", "Since my last interview I have accepted another offer."),
            (
                "talking-over-the-weekend",
                "After a lot of talking over the weekend, we have decided to move to Glasgow.",
            ),
            # Sincere uses of the cues from read parts dh, di.
            (
                "honestly-say-a-pleasure",
                "I can honestly say it was a pleasure, but the other offer suits my family better.",
            ),
            (
                "already-decided-myself",
                "I had already decided to accept the other offer before the interview.",
            ),
            ("truly-amazing-office", "The new office looks great, truly amazing!"),
            (
                "trouble-filling-sorry",
                "I know you'll have trouble filling it at short notice, and I'm sorry.",
            ),
            (
                "board-games",
                "We play board games most evenings, so the night shifts would not work.",
            ),
            # From a review of these cues: sincere in the same words.
            (
                "pleasure-but-undersell",
                "I'd say it's been a pleasure, but that would undersell how much I enjoyed it.",
            ),
            (
                "no-time-for-saturday-games",
                "With the new job I don't have time for the Saturday games any more.",
            ),
            (
                "a-foregone-conclusion",
                "Accepting it was almost a foregone conclusion, as it's the job I've worked "
                "towards for years.",
            ),
        ]
    ),
    # A weak cue since a review found it sincere too ("I'd appreciate more notice in future
    # if you have other roles for me"); alone, the classifier is not half convinced.
    _negative(
        "appreciate-more-accurate-briefs",
        "I'd appreciate more accurate briefs in future.",
        xfail="weak cue: the classifier scores the sentence alone under half",
    ),
    # Weak for a referral: "it may be worth looking at someone more junior — my former
    # intern would be excellent".
    _negative(
        "worth-looking-at-someone-more-junior",
        "Might be worth looking at someone more junior for the role.",
        xfail="weak cue: the classifier scores the sentence alone under half",
    ),
    _negative("a-joke", "Frankly, your process was a joke."),
    _negative("barbed-wish", "I wish you luck in finding someone who is happy with that."),
    _negative("barbed-luck", "Good luck finding someone who'll do it for that."),
    # Blunt verdicts and lectures that have no insult word, and their sincere near-misses.
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            ("act-together", "Sorry to be blunt but you people need to get your act together."),
            ("rudest", "The interviewer was one of the rudest people I've ever met."),
            ("sorry-for-his-team", "If that is how he runs meetings, I feel sorry for his team."),
            ("should-try-working", "Maybe he should try working a line for a week."),
            ("please-stop-scheduling", "Please stop scheduling me for things."),
            ("such-as-it-was", "Thank you for your time, such as it was."),
            ("never-change", "Glad to see some things never change over there."),
            ("keep-having-trouble", "You will keep having trouble filling these spots."),
            ("makes-me-want-to", "Neither one makes me want to drive for you."),
            ("reporting-this", "I will be reporting this to the university's Title IX office."),
            ("straight-answer", "Next time, a straight answer would go a long way."),
            ("reply-would-have-been", "A one-line reply would have been possible."),
            ("if-thats-how-he-treats", "If that's how he treats people on a trial, no thanks."),
            ("hope-this-one-reaches", "I do hope this one reaches you."),
            ("weeks-to-call-back", "nah im good, 3 weeks to call me back."),
            ("more-free-time", "I wish you every success in finding someone with more free time."),
            ("free-whenever", "Best of luck finding someone who's free whenever suits you."),
            ("less-busy-quarter", "Wishing you a less busy quarter."),
            ("rent-in-vibes", "Good luck finding someone who can pay rent in vibes."),
        ]
    ),
    *(
        silent(R, case_id, _with(sentence))
        for case_id, sentence in [
            ("sorry-to-leave-the-team", "I felt sorry to leave the team after such a welcome."),
            ("stop-the-process", "Please stop the process for me."),
            ("reporting-to", "I will be reporting to a new director in March."),
            ("seemed-optional", "The team social seemed optional, which suited me."),
            ("whoever-you-hire-enjoys", "I hope whoever you hire enjoys the role as I would have."),
            ("would-have-been-nice-to", "It would have been nice to work with you all."),
            ("hope-this-email-finds-you", "I hope this email finds you well."),
            ("weeks-to-decide", "I had two weeks to decide, so I took the other offer."),
            ("sure-it-is-important", "I'm sure the role is very important to the team."),
            ("more-experience", "I hope you find someone with more experience in retail."),
            ("free-whenever-to-talk", "I'm free whenever suits you next week to talk."),
        ]
    ),
    # Read part cr: rhetorical questions and pointed asides, and their civil near-misses.
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            ("is-this-how-you-treat", "Is this how your company treats its future employees?"),
            ("so-difficult-to", "Would it have been so difficult to mention the internal hire?"),
            ("while-im-ahead", "Given the three different links, I'll quit while I'm ahead."),
            ("not-important-to-you", "I understand that my application is not important for you."),
            ("without-even", "The interview started six hours late, without even an apology."),
            # Read part cy, and misses in earlier read parts.
            ("need-to-explain-why", "I don't think I need to explain why that's a problem."),
            ("need-to-explain-further", "I don't think I need to explain further."),
            ("my-seventh-interview", "Thanks for what I believe would be my seventh interview."),
            ("feelings-mutual", "Given you hung up on me, I'll take it the feeling's mutual."),
            ("not-the-flex-you-think", "Rolling your eyes isn't the flex you think it is."),
            ("neat-trick", "That's a neat trick, and I'm sure it works on some people."),
            # Barbed wishes and thanks (read parts ct, cr, cy).
            ("luck-someone-who-puts-up", "good luck finding someone who puts up with that"),
            (
                "success-someone-comfortable-with-that",
                "I wish you every success in finding a candidate who is comfortable with that "
                "approach.",
            ),
            ("luck-someone-wholl-say-yes", "All the luck in finding someone who'll say yes."),
            ("how-not-to-run", "It was a real lesson in how not to run a hiring process."),
            ("thanks-for-trying", "Thanks for trying."),
            ("suitably-young", "Hope you find someone suitably young."),
            # Reproach in a civil register (read part da): what the act says about the firm,
            # advice for next time, what it would have taken, paying for the privilege.
            (
                "the-official-line",
                "Forty reviews can't all be disgruntled ex-employees, though I'm sure that's "
                "the official line.",
            ),
            ("perhaps-lead-with", "Perhaps lead with the number next time."),
            (
                "would-have-taken-one-line",
                "It would have taken one line in the first call to save us both about a month.",
            ),
            (
                "tells-me-what-i-need-to-know",
                "A 24-hour deadline tells me most of what I need to know about your firm.",
            ),
            (
                "not-how-i-expected-a-firm",
                "This is not how I expected a firm of your reputation to operate.",
            ),
            (
                "pay-for-the-privilege",
                "I'd be expected to pay for my own flights for the privilege of a one-hour chat.",
            ),
            ("a-bad-one", "If that's your firm's policy then it's a bad one."),
            ("sure-theyll-get-there", "I'm sure with a bit more time they'll get there."),
            (
                "sure-its-already-in-the-queue",
                "There's no need to send the usual automated rejection, although I'm sure it's "
                "already in the queue.",
            ),
            # Read part db.
            (
                "thanks-for-the-radio-silence",
                "Thanks so much for the radio silence since my second interview.",
            ),
            (
                "should-have-been-upfront",
                "It's a six-month contract, which you should have been upfront about.",
            ),
            ("years-behind-the-industry", "The team seems a few years behind the industry."),
        ]
    ),
    *(
        silent(R, case_id, _with(sentence))
        for case_id, sentence in [
            ("how-you-treat-staff-praised", "I admired how your company treats its staff."),
            ("difficult-decision", "It has been so difficult to decide, but I am sure now."),
            ("ahead-of-the-deadline", "I wanted to tell you while I'm ahead of the deadline."),
            ("not-important-now", "The start date is not important now, of course."),
            ("without-even-meeting", "I'm sorry to leave without even meeting the whole team."),
            ("need-to-explain-my-reasons", "I don't think I need to explain my reasons in full."),
            ("mutual-friend", "Our mutual friend Sam says hello."),
            (
                "success-someone-happy-with-the-role",
                "I wish you every success in finding a candidate who is happy in the role.",
            ),
            ("thanks-for-trying-to-fit-me-in", "Thanks for trying to fit me in on Friday."),
            ("sure-it-was-a-hard-call", "I'm sure it was a hard call for the panel."),
            ("privilege-of-meeting", "It was a privilege to meet the team on Friday."),
            (
                "thank-you-for-the-privilege",
                "Thank you for the privilege of interviewing with such a thoughtful panel.",
            ),
            ("maybe-next-time", "Maybe our paths will cross next time a role opens up."),
            ("not-how-i-expected-to-leave", "It's not how I expected this to end, but it's right."),
            ("silence-in-exam-week", "Thanks for giving me quiet during my exam week."),
            ("appreciate-more-details", "I'd appreciate more details on the shift pattern."),
            # A review's sincere sentences with the words of the cues above.
            ("bearing-with-my-radio-silence", "Thanks for bearing with my radio silence."),
            # "I'm sure" as reassurance, not as the sarcasm it frames in read parts ap, bd, cl,
            # cr and z.
            (
                "sure-it-was-an-honest-mistake",
                "Please don't worry about the mix-up; I'm sure it was an honest mistake.",
            ),
            (
                "sure-it-was-an-unusual-day",
                "I share this only as feedback, and I am sure it was an unusual day.",
            ),
            ("yes-im-sure", "Yes, I'm sure, and I appreciate you asking."),
            (
                "sure-no-harm-was-intended",
                "I was asked about children, and while I'm sure no harm was intended, it stayed "
                "with me.",
            ),
            (
                "taken-me-one-line",
                "It would have taken me one line to save us both the trouble, so I'm sorry.",
            ),
            ("i-am-years-behind", "I'm a few years behind the industry on cloud tooling."),
            (
                "tells-me-where-to-improve",
                "It tells me most of what I need to know about where to improve.",
            ),
            (
                "paid-for-the-privilege",
                "Honestly, I'd have paid for the privilege of the workshop — I learned so much.",
            ),
            (
                "more-notice-in-future",
                "I'd appreciate more notice in future if you have other roles for me.",
            ),
            ("how-not-to-underestimate", "It taught me how not to underestimate a task."),
        ]
    ),
    _negative("thanks-for-four-reschedules", "Thank you SO much for rescheduling it four times."),
    silent(R, "thanks-for-rescheduling-again", _with("Thank you for rescheduling again for me.")),
    _negative(
        "a-company-that-can-keep-a-calendar", "I'll join a company that can keep a calendar."
    ),
    silent(R, "a-company-that-can-sponsor", _with("I'll join a company that can sponsor my visa.")),
    # Weak cues ("quite the", "worth", "save everyone time") need the classifier half
    # convinced, so their sincere uses stay silent.
    silent(
        R, "well-worth-the-trip", _with("It was great to see the new site, well worth the trip.")
    ),
    _negative("a-useful-lesson", "It's been a useful lesson in what I don't want from a job."),
    _negative(
        "not-honest",
        "The advert said remote and the interview said four days in, this was not honest.",
    ),
    silent(R, "save-everyone-time", _with("I thought it would save everyone time to say so now.")),
    _negative("not-even-a-text", "Three cancelled shifts with no notice, and not even a text."),
    _negative(
        "written-by-someone-who", "The test read like it was set by someone who has never shipped."
    ),
    silent(R, "certainly-memorable", _with("The visit was certainly memorable, and I loved it.")),
    silent(
        R, "quite-the-journey", _with("Meeting the team was quite the experience, and I loved it.")
    ),
    silent(
        R, "understand-why", _with("I'm sure you'll understand why I have to put family first.")
    ),
    silent(R, "able-to-decide", _with("I was able to make a decision sooner than I expected.")),
    silent(R, "next-hire", _with("I'm sure your next hire will be a better fit for the team.")),
    silent(
        R, "comfortable-with-travel", _with("The role needs someone comfortable with that travel.")
    ),
    silent(
        R,
        "lesson-in-a-good-process",
        _with("It was a real lesson in how to run a thoughtful process."),
    ),
    silent(R, "not-honest-with-myself", _with("I wasn't honest with myself about the commute.")),
    silent(R, "no-need-to-reply", _with("No need to bother replying to this email.")),
    _negative("ill-assume-a-typo", "I'll assume the salary figure was a typo."),
    _negative("as-im-sure-youre-aware", "As I'm sure you're aware, the package is below market."),
    _negative("as-i-mentioned-twice", "As I mentioned in my last two emails, I am not available."),
    _negative("managed-a-decision", "The other company managed to make a decision in two weeks."),
    _negative("free-consulting", "The case study felt like an attempt to get free consulting."),
    silent(
        R, "ridiculous-amount-of-fun", _with("The team seemed like a ridiculous amount of fun.")
    ),
    silent(R, "would-have-liked-to", _with("I would have liked to find a way to make it work.")),
    _negative("next-candidate", "I hope the next candidate has more patience than I did."),
    _negative("quite-the-experience", "It was quite the experience, being asked the same thing."),
    _negative("certainly-ambitious", "£26k for five years' experience is certainly ambitious."),
    silent(
        R, "frustrating-but-i-know", _with("The wait was frustrating, but I know you were busy.")
    ),
    silent(
        R, "someone-who-wants-that-side", _with("Let someone who wants the office side have it.")
    ),
    silent(R, "seriously-ill", _with("My husband has been taken seriously ill.")),
    _negative(
        "a-verdict-on-the-company",
        "Dropping the salary after three rounds tells me a lot about how you value people.",
    ),
    _negative("insulting-offer", "The salary you offered was insulting."),
    _negative("wasting-my-time", "Thanks for wasting my time."),
    _negative(
        "sarcastic-next-time", "Maybe next time someone could read my CV before the interview."
    ),
    _negative(
        "kept-me-waiting",
        "You kept me waiting five weeks for feedback after every round.",
    ),
    _negative("nobody-bothered", "Nobody bothered to reply to my emails for three weeks."),
    _negative("thanks-eventually", "Thanks for getting back to me, eventually."),
    _negative("strung-along", "Either someone got it wrong or I was being strung along."),
    _negative(
        "read-cvs-first",
        "It might be worth reading CVs a bit more closely before inviting people.",
    ),
    silent(
        R,
        "not-stringing-things-along",
        _with("I'd rather step away now than string things along."),
    ),
    _negative("backhanded-wish", "I hope you're more upfront with the next candidate."),
    _negative("repeats-pointedly", "As I've now said in three separate emails, I'm out."),
    silent(R, "modest-wish", _with("I hope you find someone better suited than me.")),
    silent(R, "hope-for-a-better-fit", _with("I hope you find a candidate who is a better fit.")),
    silent(R, "imagine-how-busy", _with("I can only imagine how busy recruitment season is.")),
    silent(R, "enjoy-it-as-i-did", _with("I hope whoever joins enjoys the team as much as I did!")),
    silent(R, "good-to-know-the-team", _with("It would have been good to know the team better.")),
    _negative("scare-quotes", "The 'quick' take-home took me four days of unpaid work."),
    silent(R, "sincere-quotes", _with('You said I would be a "great fit", which meant a lot.')),
    silent(R, "quoted-session-name", _with("I really enjoyed the 'day in the life' session.")),
    _negative("curly-scare-quotes", "So much for the \u201ccompetitive salary\u201d."),
    silent(R, "quoted-title", _with("It was good to learn more about the 'Senior Analyst' team.")),
    _negative("told-me-everything", "That interview told me everything I needed to know."),
    _negative("put-it-kindly", "The feedback was, to put it kindly, brief."),
    _negative("you-will-need-it", "Good luck filling the role, you'll need it."),
    silent(R, "not-that-you-need-it", _with("Good luck, not that you'll need it.")),
    silent(R, "funny-how-things-work-out", _with("Funny how things work out sometimes.")),
    _negative("said-it-before", "This is the third time I've had to ask for this."),
    _negative("without-so-much-as", "Four weeks passed without so much as an acknowledgement."),
    _negative("out-of-depth", "The panel seemed a little out of its depth."),
    _negative("the-way-i-was-spoken-to", "Given the way I was spoken to, I won't reapply."),
    silent(R, "liked-the-way-it-was-run", _with("I liked the way the day was run.")),
    silent(R, "bearer-of-rubbish-news", _with("Sorry to be the bearer of rubbish news!")),
    silent(R, "bearer-of-annoying-news", _with("Sorry to be the bearer of annoying news!")),
    silent(R, "nobody-else-to-care", _with("My dad is ill and nobody else can take care of him.")),
    _negative("thanks-only-took-weeks", "Thanks for the reply, only took six weeks!"),
    # Pointed remarks that use no hostile word.
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            ("scare-quoted-short", 'The "short" case study took me most of the weekend.'),
            ("scare-quoted-competitive", "The 'competitive' package was below my current pay."),
            ("as-i-said-counted", "As I said in my last three emails, I am not free on Mondays."),
            ("hope-it-is-clear-now", "I hope that is clear now."),
            ("gently-point-out", "I would gently point out that candidates have jobs too."),
            ("savings-worth-it", "I hope the savings are worth it."),
            ("paid-in-exposure", "A month paid in exposure is not something I can consider."),
            ("laughed-at-the-number", "I laughed a little when I saw the salary."),
            ("stop-ringing-me", "im not interested so stop ringing me."),
            ("luck-finding-someone-wholl", "Good luck finding someone who'll work for that."),
            ("luck-finding-someone-willing", "Best of luck finding someone willing to do it."),
        ]
    ),
    silent(R, "yes-im-sure", _with("Yes, I'm sure, and I appreciate you asking.")),
    *(
        silent(R, case_id, _with(sentence))
        for case_id, sentence in [
            ("luck-finding-a-better-match", "Best of luck finding someone who's a better match."),
            ("luck-finding-a-great-fit", "Good luck finding someone who'll be a great fit."),
            ("luck-finding-someone", "Good luck finding someone to take the team forward."),
            ("cool-to-be-asked", "I've followed your work for years, so it was cool to be asked."),
            (
                "suggest-a-colleagues-name",
                "If you wish, I can suggest to you the name of a former colleague of mine.",
            ),
            ("someone-who-could-start", "The board wanted someone who could start soon."),
            ("not-waste-time-of-your-team", "It is better not to waste time of your team."),
            ("luck-finding-someone-who-can", "Best of luck in finding someone who can lead it."),
            ("luck-finding-someone-happy-to", "Good luck finding someone who is happy to move."),
            ("not-professional-of-me", "I know it's not professional to withdraw this late."),
            ("quoted-phrase", "I really enjoyed our 'informal chat' last week."),
            ("quoted-name", 'Your "Fun Friday" tradition sounded lovely.'),
            (
                "hope-it-is-clearer-now",
                "I have reattached my references; I hope it is clearer now.",
            ),
            ("respectfully-note", "I would respectfully note that I remain keen on Northwind."),
            ("it-just-took-weeks", "Thank you for your patience, it just took a few weeks."),
            ("laughed-with-joy", "I laughed with joy when I read the offer, so this is hard."),
            ("know-how-slow", "I know how slow council hiring can be; none of it was on you."),
            ("someone-who-wants-to-build", "The team needs someone who wants to build from zero."),
            ("slot-to-someone-else", "Please offer my slot to someone else who really wants it."),
            ("no-thanks-to-the-trains", "Sorry I was late on Monday, no thanks to the trains!"),
        ]
    ),
    _negative("laughing-at-my-english", "The interviewer kept laughing at my English."),
    silent(R, "better-served", _with("You would be better served by someone keener on sales.")),
    silent(R, "recommend-you", _with("I'd genuinely recommend you to anyone looking.")),
    silent(
        R, "owning-the-news", _with("I know it's annoying to lose a candidate now, and I'm sorry.")
    ),
    silent(R, "referees-may-need", _with("They may need a heads-up that they can ignore it.")),
    silent(R, "understand-if-annoyed", _with("I completely understand if you're annoyed.")),
    silent(R, "awful-timing", _with("Grand news for me, awful timing for you, I know.")),
    silent(R, "commute-a-nightmare", _with("Driving to Belfast every day would be a nightmare.")),
    silent(R, "thought-you-should-know", _with("I thought you should know before the panel.")),
    _negative("the-silence-said-it", "I'd already assumed the silence meant a no."),
    _negative("free-weekends", "I hope you find someone with plenty of free weekends to spare."),
    _negative("taken-the-silence", "I've taken the silence as a clear enough answer."),
    _negative("on-his-phone", "The interviewer was on his phone for most of the call, so I'm out."),
    silent(
        R,
        "unfortunately",
        email(
            THANKS,
            "Unfortunately, I must withdraw my application, as I have accepted another offer.",
            CLOSE,
        ),
    ),
    silent(R, "sorry-for-any-inconvenience", _with("I'm sorry for any inconvenience this causes.")),
    silent(
        R,
        "regret-to-inform",
        email(
            THANKS,
            "I regret to inform you that I am withdrawing my application, as I have accepted "
            "another offer.",
            CLOSE,
        ),
    ),
    silent(
        R,
        "difficult-decision",
        email(
            THANKS,
            "It was a difficult decision, but I have accepted another offer and am withdrawing "
            "my application.",
            CLOSE,
        ),
    ),
    silent(
        R, "not-waste-your-time", _with("I am telling you now as I do not want to waste your time.")
    ),
    silent(R, "honestly-enjoyed", _with("Honestly, I enjoyed every conversation with your team.")),
    silent(R, "sad-to-step-away", _with("I am sad to step away, as I enjoyed meeting the team.")),
    _negative("goalposts", "It's disappointing to find the goalposts have wandered."),
    _negative("whoever-designed", "You may wish to pass that on to whoever designed the process."),
    _negative("mentioned-twice", "As I mentioned twice before, 3:30 is out."),
    silent(
        R,
        "mentioned-to-priya",
        _with(
            "As I mentioned to Priya, my notice period is three months, and the start date "
            "could not move."
        ),
    ),
    silent(R, "as-i-mentioned-once", _with("As I mentioned on the phone, the commute is long.")),
    _negative("said-no-twice", "I've said no twice on the phone, so I'll put it in writing."),
    _negative("learn-from-the-team", "I don't believe I'd be able to learn much from the team."),
    silent(R, "learned-a-lot-from", _with("I learned a lot from the team on the trial day.")),
    _negative("company-who-reads-cvs", "i found other company who read cv."),
    _negative("for-exposure", "I hope you find someone who's happy to build it for exposure."),
    silent(R, "exposure-to-projects", _with("I want exposure to larger projects.")),
    _negative("his-lunch", "No problem at all, I'm sure his lunch was important."),
    silent(R, "sure-it-was-important", _with("I'm sure the launch was important to everyone.")),
    silent(
        R, "warm-review", _with("I'll be leaving a review on Glassdoor, and it will be a warm one.")
    ),
    silent(R, "a-thorough-process", _with("Your process was thorough, and I was impressed.")),
    _negative(
        "i-suppose-a-fair-picture",
        "It has been seven weeks, which I suppose gives a fair picture of how decisions get made.",
    ),
    silent(R, "i-suppose-sincere", _with("I suppose the commute would have been fine in the end.")),
    silent(R, "a-nice-change", _with("Working nearer home will be a nice change for my family.")),
    _negative("better-things-to-do", "I've got better things to do than wait by the phone."),
    _negative(
        "price-of-one", "Best of luck finding someone who can do three jobs for the price of one."
    ),
    silent(
        R, "been-a-pleasure", _with("It's been a pleasure getting to know how your team works.")
    ),
    _negative("thats-how-you-treat", "If that's how you treat riders, I don't want to see more."),
    silent(R, "not-worth-it-for-me", _with("With travel it's not worth it for me.")),
    silent(R, "say-no-thanks", _with("So I'm going to say no thanks.")),
    _negative(
        "drawn-conclusions", "I have drawn the appropriate conclusions about your priorities."
    ),
    _negative("really-beyond", "Is it really beyond a planning department to plan an interview?"),
    _negative("explained-on-three-occasions", "I took some care to explain it on three occasions."),
    _negative(
        "rather-the-problem", "I'm sure nobody intended any harm, which is rather the problem."
    ),
    _negative("sure-thats-a-coincidence", "I'm sure that's a coincidence."),
    _negative(
        "not-in-the-way-intended",
        "The meeting was illuminating, though perhaps not in the way he intended.",
    ),
    silent(
        R, "no-bearing", _with("I'm sure that was a one-off, and it had no bearing on my decision.")
    ),
    silent(R, "glad-we-found-out", _with("I'm glad we found out now rather than three rounds in.")),
    silent(
        R, "for-the-record-sincere", _with("For the record, I really enjoyed meeting the team.")
    ),
    silent(
        R, "i-note-sincere", _with("I note that the role reports into sales rather than finance.")
    ),
    _negative("fall-for-it", "Best of luck finding someone who'll fall for it."),
    _negative(
        "i-suppose-i-should-thank-you",
        "I suppose I should thank you for the preview of how the unit runs.",
    ),
    _negative("make-sure-they-know-why", "I'll make sure my team knows why."),
    _negative("four-too-many", "Four rescheduled interviews is four too many."),
    _negative("thanks-for-the-exposure", "Tell your CEO I said thanks for the exposure."),
    silent(R, "a-window-into-the-team", _with("I've had a clear window into how the team works.")),
    silent(R, "competitive-sincere", _with("The package is certainly competitive, I know.")),
    *_sincere(
        "sincere",
        [
            "I would also like to pass on my thanks to whoever put together the day.",
            "I don't doubt I would learn a lot from the engineers I met.",
            "Thank you also to the panel who read my CV so carefully.",
            "Thank you for reading my CV and for the interview.",
            "I feel I should be embarrassed that it has taken me this long to decide.",
            "I am honestly beyond grateful for the time you gave me.",
            "Everyone spoke to me like a colleague rather than a candidate.",
            "After a lot of thought I have drawn the conclusion that the commute is too long.",
            "I know you have better things to do than chase me, so I'm telling you now.",
            "I couldn't help noticing how welcoming everyone was.",
            "It would be a privilege to work for a firm of your reputation one day.",
        ],
    ),
    silent(
        R,
        "someone-who-actually-read",
        _with("It was refreshing to talk to someone who'd actually read my portfolio."),
    ),
    _negative("know-better", "I do hope you find someone young enough not to know better."),
    silent(
        R,
        "forward-it-on",
        _with("I think it was meant for another Anna, so you may want to forward it on."),
    ),
    _negative(
        "impressed-still-open", "It's been six weeks, so I'm impressed the role is still open!"
    ),
    silent(
        R, "chaotic-at-home", _with("My dad is in hospital and things are pretty chaotic here.")
    ),
    _negative(
        "resend-to-someone-who-can-spell",
        "You might want to resend the advert to someone who can spell.",
    ),
    _negative(
        "nice-to-deal-with-someone-who-actually",
        "It would be nice to deal with someone who actually reads my emails.",
    ),
    *_sincere(
        "sincere-review-2",
        [
            "The new role is with a company that values flexible working.",
            "I'm sure whoever ends up in the role will be lucky to have such a great team.",
            "It has been quite an experience going through my first interview process.",
            "I was new enough to job hunting not to know better than to apply everywhere.",
            "I was amazed the shop is still going after 90 years.",
        ],
    ),
    _negative("should-be-embarrassed", "Your agency should be embarrassed to offer 14 an hour."),
    _negative("talked-to-me-like", "The lady who interviewed me talked to me like I was 12."),
    _negative("couldnt-care-less", "The manager seemed like she couldnt care less."),
    _negative("as-im-sure-you-know", "That is, as I'm sure you know, one hour under the cutoff."),
    _negative("ready-for-my-level", "I don't think your team is ready for someone at my level."),
    silent(R, "not-ready-myself", _with("I'm not ready for management at my level of experience.")),
    silent(
        R,
        "gave-me-confidence",
        _with("The way your team engaged with my background gave me a lot of confidence."),
    ),
    _negative("dont-contact-me-again", "Don't contact me again about this or any other role."),
    _negative("someone-is-lying", "Somebody at your company is lying and it sure ain't me."),
    _negative("values-peoples-time", "I'm looking for a company that values people's time."),
    _negative("why-it-is-open-again", "Now I understand why you have the position open again."),
    _negative("a-generous-way-to", "Ten hours without pay is a generous way to get a free chef."),
    _negative("someone-hungry-enough", "I'm sure you'll find someone hungry enough."),
    _negative("helpful-timing", "Super helpful timing."),
    _negative("thanks-for-the-laugh", "I'll pass on the offer, but thanks for the laugh."),
    _negative(
        "the-calibre-it-deserves",
        "I trust the new band will attract exactly the calibre of candidate it deserves.",
    ),
    _negative("anyone-left-i-havent-met", "Is there anyone left in the company I haven't met?"),
    _negative("guests-treated-better", "I hope the guests are treated better than the candidates."),
    _negative("treated-like-cargo", "Please do not treat nurses like cargo."),
    _negative("most-of-it-on-her-phone", "The manager spent most of the interview on her phone."),
    _negative("next-cohort-better-luck", "I hope the next cohort has better luck getting a reply."),
    # Casual snark.
    _negative("love-that-for-you", "love that for you 🙃"),
    _negative("good-luck-with-that-lol", "good luck with that lol"),
    _negative("thanks-i-guess", "thanks for listening i guess 🙃"),
    _negative("taking-the-piss", "honestly thats taking the piss."),
    _negative("landlord-doesnt-take-it", "my landlord doesn't take portfolio content 🙂"),
    _negative("works-for-exposure", "good luck finding someone who works for exposure"),
    _negative("k-thanks-bye", "k thanks bye"),
    # What the narrowed cues still catch.
    _negative("a-crew-that-made-a-mess", "Your crew made a mess of the whole interview day."),
    _negative("an-absurd-lunch-break", "They gave us an absurd lunch break of ten minutes."),
    _negative(
        "i-think-you-should-know-what", "I think you should know what candidates say about you."
    ),
    _negative(
        "playing-that-game", "The salary dropped £10k, and I'm not interested in playing that game."
    ),
    _negative(
        "perhaps-in-future-consider",
        "Perhaps in future the committee might consider letting applicants know where they stand.",
    ),
    _negative(
        "not-sure-what-it-wants", "It seems the company is not very sure what it is looking for."
    ),
    _negative(
        "somehow-never-came-up",
        "The contract has a non-compete that somehow never came up in four interviews.",
    ),
    _negative(
        "works-for-someone",
        "I'm not the right fit for a team that times bathroom breaks, but I'm sure it works for "
        "someone.",
    ),
    # Their sincere twins: regret, a plain limit, warm word of mouth, a surprise that is
    # the reason.
    *_sincere(
        "sincere-twin",
        [
            "I'd have liked the chance to meet the panel, and I hope the day goes well.",
            "I don't do unpaid spec work at this stage of my career, and the brief is a full "
            "pitch.",
            "Your process was one of the most thoughtful I've experienced, and I'll be telling "
            "friends about it.",
            "I was surprised to learn that the role now involves travel, which is not "
            "something I can take on.",
            "Thanks for lunch, and for that ridiculous tiramisu, I'm still thinking about it.",
            "Thanks again for the excellent lunch in the officers' mess.",
            "Something has come up that I think you should know about as soon as possible.",
            "I'm sure you will find the calibre of candidate the role deserves.",
            "It does make you wonder what might have been, but I know this is the right call.",
            "The interview started late and was interrupted a few times.",
            "I couldn't have asked to be treated better than I was at every stage.",
            "Thanks for the laughs during the interview, it really put me at ease.",
            "I'll be honest, I was lying awake most of the night over this decision.",
            "It was refreshing to deal with a recruiter who respected my time.",
            "That's why I'm withdrawing early so the post can be advertised again in time.",
            "The case study was a creative way to assess problem-solving, and I enjoyed it.",
            "I wanted to tell you now so that you can find someone soon enough for January.",
            "The other offer came through with perfect timing, just as my contract ended.",
            "Your team was so patient, which is more than I can say for my old laptop!",
            "Unlike many companies, you never treat candidates like numbers, and I noticed.",
            "I'll take some time to work out my next step, whatever that turns out to be.",
            "I was interested to learn that the team is expanding into Europe.",
            "I've lost count of how many times I've rewritten this email.",
            "I was taking the mick out of myself, honestly.",
            "Good luck with that launch next month!",
            # From a review of the snark cues: warm or self-directed.
            "Honestly it's been such a week 🙃",
            "Congrats on the Series B, love that for you!",
            "You mentioned the kitchen renovation, good luck with that 👍",
            "Thanks again for everything, onwards I guess 🙂",
            "I hope you don't think I'm taking the piss by pulling out this late.",
            "My landlord won't accept a break clause, so I can't relocate before March.",
            "Having worked for exposure early in my career, I know how much a paid role matters.",
            "I did not want you sitting around waiting for my answer, so I am writing now.",
            "a 6 hour unpaid trial shift isnt something i can do rn with rent and my other job",
        ],
    ),
    # The tone cues of the release that ended at e2cf5bf (read parts ak, aw, bi, cd, ch, di,
    # dm, do, dy, eb, ek, eq and others): a frame of candour the classifier is sure of, the
    # weak cues (advice for next time, ", which I suspect / assume ...", "I trust the ...
    # will ..."), thanks with a barb on them. Each fails at that release's start (eab909f).
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            (
                "to-be-honest-seen-enough",
                "To be honest, after three reschedules and no apology, I've seen enough of how "
                "the team treats people's time.",
            ),
            (
                "frankly-nobody-had-looked",
                "Frankly, I was taken aback that nobody on the panel had looked at the brief they "
                "set me.",
            ),
            (
                "which-i-suspect-no-surprise",
                "I've accepted an offer elsewhere, which I suspect will not come as a great "
                "surprise.",
            ),
            ("aim-higher-next-time", "Maybe aim a little higher with the shortlisting next time."),
            (
                "which-i-assume-you-know",
                "The salary is well below market for the role, which I assume your team is aware "
                "of.",
            ),
            (
                "i-trust-the-firm-will-find",
                "I trust the firm will find a candidate for whom this salary works.",
            ),
            (
                "i-trust-the-advert-will-be-updated",
                "I trust the advert will be updated so the next applicant knows what the job is.",
            ),
            (
                "thanks-nine-weeks-after",
                "Thank you for getting back to me, nine weeks after the second interview.",
            ),
            (
                "thanks-eleven-weeks-after",
                "Thanks for getting back to me, only 11 weeks after the closing date.",
            ),
        ]
    ),
    # "Maybe the next candidate lives closer" beside a complaint (read parts ak, eq); a good
    # wish opened by "I trust" stays one there (a review).
    fires(
        R,
        "maybe-the-next-candidate",
        email(
            THANKS,
            "Three weeks without a single reply tells me everything I need to know.",
            "Maybe the next candidate lives closer to the depot.",
        ),
        5,
        count=2,
    ),
    # Scare quotes and a weak cue in one sentence, with no other hostile sentence (read
    # parts es, at, bd, do and others), and taking silence as an answer (ay, es). Each
    # fails at e2cf5bf.
    *(
        _negative(case_id, sentence)
        for case_id, sentence in [
            (
                "quoted-shortly-next-candidate",
                "I hope 'shortly' works out better for the next candidate.",
            ),
            (
                "quoted-orientation-new-one",
                "a 12 hr 'orientation' thats unpaid is a new one for me lol.",
            ),
            (
                "take-that-as-the-update",
                "I saw the role reposted this morning, so I'll take that as the update I've been "
                "waiting three weeks for.",
            ),
            (
                "take-it-as-a-hint",
                "Your team cancelled the panel again, so I'll take it as a hint.",
            ),
            # Frames many writers use (read parts and corpus): a jibe ended by "I guess", time
            # spent against some people's, "certainly a bold ...".
            ("good-luck-i-guess", "Good luck with the hiring I guess."),
            (
                "more-hours-than-some",
                "At this point I've spent more hours interviewing with you than some of your "
                "engineers spent onboarding.",
            ),
            (
                "certainly-a-bold-opening",
                "First-year money for a seventh-year associate is certainly a bold opening "
                "position.",
            ),
            # Thanks for something in scare quotes, wherever the quotes stand.
            (
                "thanks-for-the-email-to-restart",
                "Thank you for your email inviting me to 'restart' the process.",
            ),
            (
                "thanks-for-the-offer-for-a-senior-role",
                "Thanks so much for the offer of £24,000 for a 'senior' role with weekend on-call.",
            ),
        ]
    ),
    *_sincere(
        "sincere-quoted-and-taken",
        [
            "I'll take that as a compliment, and thank you for the kind words.",
            "I'll take your advice on the portfolio with me to the next interview.",
            "The 'day in the life' session was the highlight of the process for me.",
            "I hope the next candidate enjoys the team as much as I did.",
            "It was lovely to 'meet' you on Saturday, and thank you for the tour.",
            "Thank you for the 'day in the life' session, it was the highlight for me.",
            "Thanks for the 'meet the team' lunch, everyone was so welcoming.",
            "So I guess I won't need the DBS appointment next week.",
            "The role is certainly interesting, and the team was lovely.",
            "I've spent more time on the commute this month than I'd like.",
        ],
    ),
    fires(
        R,
        "i-trust-the-right-person-beside-a-complaint",
        email(
            THANKS,
            "Frankly, I was surprised that nobody on the panel had looked at my portfolio.",
            "I trust the team will find the right person, and I wish you well.",
        ),
        5,
    ),
    # Their sincere and frank-but-civil neighbours: candour, greetings, one's own next time,
    # a request (read part er), thanks with an apology.
    *_sincere(
        "sincere-this-release",
        [
            "To be honest, I was torn right up to the last minute.",
            "Honestly, the team was lovely and I'd have enjoyed working with them.",
            "Frankly, I was surprised.",
            "Frankly, I'm not sure my experience is what the role needs.",
            "I'll be honest, the commute was the deciding factor for me.",
            "In all honesty, the other offer was simply a better fit for my family.",
            "I'll be candid about why, because I think you'd want to know.",
            "To be honest, the salary is below what I need, and that's on me for not asking "
            "sooner.",
            "I mean that as an honest observation, not a criticism.",
            "I trust this email finds you well.",
            "I trust you are keeping well after the move.",
            "I trust you will understand my decision.",
            "I trust the team will find a great person for the role.",
            "My daughter tells me I should have asked about the hours sooner.",
            "I'll send the signed form back on Monday, which I assume is fine.",
            "My notice period is three months, which I gather was a concern for the panel.",
            "Let's grab a coffee next time I'm in Leeds.",
            "Drinks are on me next time we're at the conference.",
            "You'll be my first call next time I'm hiring.",
            "Maybe next time our paths will cross on a project.",
            "Hopefully next time the timing works out better for both of us.",
            "I hope I can apply again next time a role like this opens.",
            "I'm sure the next candidate will be a great fit for the team.",
            "I've accepted an offer closer to home, which I suspect you may have guessed "
            "from our last call.",
            "Thanks, and sorry it took me three days.",
            "I'd be grateful if you could let me know, and thank you for your understanding.",
        ],
    ),
]

# --- excessive-length ---------------------------------------------------------------------

R = "excessive-length"
BASE_WORDS = 11 + 14 + 8  # THANKS + WITHDRAW + CLOSE
OVER_LIMIT = " ".join(words(15) for _ in range(12))  # 180 words: body of 213
AT_LIMIT = " ".join([words(15) for _ in range(10)] + [words(17)])  # 167 words: body of 200
LONG_41 = words(41)
WRAPPED_45 = textwrap.fill(words(45), width=70)

# 36 words as written; counted as spaCy tokens (contractions split) it was 41, over the limit.
CONTRACTED_38 = (
    "I've had to make a tough call and I'm going to step back from the role — my dad's "
    "lost his other electrician and I've said I'll keep the family business going until he "
    "retires next year."
)

LENGTH_CASES = [
    silent(R, "contractions-are-one-word", email(THANKS, WITHDRAW, CONTRACTED_38, CLOSE)),
    fires(
        R,
        "body-over-the-word-limit",
        email(THANKS, WITHDRAW, OVER_LIMIT, CLOSE),
        3,
        email(THANKS, WITHDRAW, OVER_LIMIT, CLOSE, greeting=None, sign_off=None).strip(),
    ),
    fires(R, "sentence-over-the-limit", email(THANKS, WITHDRAW, LONG_41, CLOSE), 7, LONG_41),
    fires(
        R,
        "hard-wrapped-long-sentence",
        email(THANKS, WITHDRAW, WRAPPED_45, CLOSE),
        7,
        WRAPPED_45,
    ),
    fires(
        R,
        "body-and-sentence",
        email(THANKS, WITHDRAW, OVER_LIMIT, LONG_41, CLOSE),
        3,
        count=2,
    ),
    fires(
        R,
        "custom-word-limit",
        email(THANKS, WITHDRAW, CLOSE),
        3,
        f"{THANKS}\n\n{WITHDRAW}\n\n{CLOSE}",
        settings=Settings(max_words=30),
    ),
    fires(
        R,
        "custom-sentence-limit",
        email(THANKS, WITHDRAW, CLOSE),
        5,
        WITHDRAW,
        settings=Settings(max_sentence_words=12),
    ),
    silent(R, "short-model-email", email(THANKS, WITHDRAW, CLOSE)),
    silent(R, "body-at-the-limit", email(THANKS, WITHDRAW, AT_LIMIT, CLOSE)),
    silent(R, "sentence-at-the-limit", email(THANKS, WITHDRAW, words(40), CLOSE)),
    silent(
        R,
        "long-quoted-reply-not-counted",
        email(
            THANKS,
            WITHDRAW,
            CLOSE,
            sign_off=f"Best regards,\nTomás\n\n{QUOTE_HEADER}\n> " + "\n> ".join([OVER_LIMIT] * 2),
        ),
    ),
    silent(
        R,
        "raised-limit",
        email(THANKS, WITHDRAW, OVER_LIMIT, CLOSE),
        settings=Settings(max_words=400),
    ),
]

# --- template-placeholder -----------------------------------------------------------------

R = "template-placeholder"
PLACEHOLDER_CASES = [
    fires(
        R,
        "company-name",
        email("Thank you for the interview at [Company Name] last week.", WITHDRAW, CLOSE),
        3,
        "[Company Name]",
    ),
    fires(
        R,
        "hiring-manager-in-angle-brackets",
        email(THANKS, WITHDRAW, CLOSE, greeting="Dear <Hiring Manager>,"),
        1,
        "<Hiring Manager>",
    ),
    fires(
        R,
        "role-in-braces",
        email("Thank you for considering me for the {role} position.", WITHDRAW, CLOSE),
        3,
        "{role}",
    ),
    fires(
        R,
        "xxx",
        email(THANKS, "I have accepted an offer at XXX, so I am withdrawing.", CLOSE),
        5,
        "XXX",
    ),
    fires(
        R,
        "lower-case-xxx",
        email(THANKS, "I have accepted an offer at xxx, so I am withdrawing.", CLOSE),
        5,
        "xxx",
    ),
    fires(
        R, "xxx-as-the-greeted-name", email(THANKS, WITHDRAW, CLOSE, greeting="Hi xxx"), 1, "xxx"
    ),
    fires(
        R,
        "xxx-as-the-signed-name",
        email(THANKS, WITHDRAW, CLOSE, sign_off="Best regards,\nxxx"),
        10,
        "xxx",
    ),
    fires(
        R,
        "xxx-after-a-label",
        email(THANKS, WITHDRAW, CLOSE, sign_off="Best regards,\nName: xxx"),
        10,
        "xxx",
    ),
    # Kisses that end a line are no slot.
    silent(R, "kisses-and-a-mark", email(THANKS, WITHDRAW, CLOSE, sign_off="Love,\nShaz xxx!")),
    silent(
        R,
        "kisses-after-the-name",
        email(THANKS, WITHDRAW, CLOSE, sign_off="Lots of love,\nShaz xxx"),
    ),
    fires(
        R,
        "your-name-in-the-sign-off",
        email(THANKS, WITHDRAW, CLOSE, sign_off="Best regards,\n[Your Name]"),
        10,
        "[Your Name]",
    ),
    fires(
        R,
        "several-slots",
        email(
            "Thank you for meeting me at [Company Name].",
            WITHDRAW,
            CLOSE,
            greeting="Hi {{ first_name }},",
            sign_off="Cheers,\n[Your Name]",
        ),
        1,
        "{{ first_name }}",
        count=3,
    ),
    silent(R, "reference-number", email(THANKS, WITHDRAW, "My reference is [Ref: 4471].", CLOSE)),
    silent(
        R,
        "email-address-in-angle-brackets",
        email(THANKS, WITHDRAW, "You can reach me at <tomas.ortega@example.com>.", CLOSE),
    ),
    silent(
        R,
        "link-in-angle-brackets",
        email(THANKS, WITHDRAW, "The posting was <https://jobs.acme.example/4471>.", CLOSE),
    ),
    silent(R, "footnote-mark", email(THANKS, f"{WITHDRAW} [1]", CLOSE)),
    silent(
        R,
        "slot-in-the-quoted-reply",
        email(
            THANKS,
            WITHDRAW,
            CLOSE,
            sign_off=f"Best regards,\nTomás\n\n{QUOTE_HEADER}\n> Dear [Candidate Name],\n"
            "> Please confirm your slot.",
        ),
    ),
]

ALL_CASES = (
    WITHDRAWAL_CASES
    + GRATITUDE_CASES
    + REASON_CASES
    + CLOSE_CASES
    + NEGATIVE_CASES
    + LENGTH_CASES
    + PLACEHOLDER_CASES
)


@pytest.mark.parametrize(("rule", "case"), ALL_CASES)
def test_rule_on_draft(rule: str, case: Case, lint: Lint) -> None:
    found = lint(case.text, rule=rule, settings=case.settings)
    shown = [(d.line, case.text[d.start : d.end]) for d in found]
    if case.line is None:
        assert not found, f"{rule} should stay silent, reported {shown}"
        return
    assert len(found) == case.count, f"{rule}: expected {case.count} finding(s), got {shown}"
    first = found[0]
    assert first.line == case.line, shown
    if case.excerpt is not None:
        assert case.text[first.start : first.end] == case.excerpt
    for d in found:
        assert d.excerpt == case.text[d.start : d.end]
        assert d.suggestion.strip() and d.message.strip()


def test_cases_cover_every_core_rule() -> None:
    rules = {param.values[0] for param in ALL_CASES}
    assert rules == set(CORE_RULES)


def test_word_builder_counts() -> None:
    assert len(words(41).split()) == 41
    assert BASE_WORDS + 180 == 213 and BASE_WORDS + 167 == 200


# --- reported numbers, several findings, suggestions and fixes ----------------------------


def test_excessive_length_reports_the_counts(lint: Lint) -> None:
    text = email(THANKS, WITHDRAW, OVER_LIMIT, LONG_41, CLOSE)
    body, sentence = lint(text, rule="excessive-length")
    assert "254 words" in body.message and "limit 200" in body.message
    assert "41 words" in sentence.message and "limit 40" in sentence.message
    assert (body.line, sentence.line) == (3, 9)
    assert "cut about 54 words" in body.suggestion


def test_negative_tone_reports_each_sentence(lint: Lint) -> None:
    first = "Your recruiters were rude to me on the phone."
    second = "The whole process was a shambles from start to finish."
    text = email(THANKS, f"{WITHDRAW} {first}", second, CLOSE)
    found = lint(text, rule="negative-tone")
    assert [(d.line, text[d.start : d.end]) for d in found] == [(5, first), (7, second)]


def test_advice_offered_as_a_helpful_note_is_not_counted(lint: Lint) -> None:
    """The weak cue for advice on the next candidate (read parts eb, ee) counts beside a
    complaint, unless the writer softens it (a labelled sincere sentence in a read part)."""
    advice = "It might be worth telling future applicants about the night shifts up front."
    softened = f"{advice[:-1]} - I mean that purely as a helpful note."
    for sentence, expected in ((advice, [advice, HOSTILE]), (softened, [HOSTILE])):
        text = email(THANKS, WITHDRAW, sentence, HOSTILE, CLOSE)
        found = lint(text, rule="negative-tone")
        assert [text[d.start : d.end] for d in found] == expected


def test_placeholders_are_reported_in_order(lint: Lint) -> None:
    text = email(
        "Thank you for meeting me at [Company Name].",
        WITHDRAW,
        CLOSE,
        greeting="Hi {{ first_name }},",
        sign_off="Cheers,\n[Your Name]",
    )
    found = lint(text, rule="template-placeholder")
    assert [(d.line, d.column, text[d.start : d.end]) for d in found] == [
        (1, 4, "{{ first_name }}"),
        (3, 29, "[Company Name]"),
        (10, 1, "[Your Name]"),
    ]


def test_missing_gratitude_suggestion_names_the_role_and_company(lint: Lint) -> None:
    text = email(
        "I have decided to withdraw, as I have accepted another offer. I interviewed for the "
        "Data Analyst position at Acme Corp last week and it was a hard choice.",
        CLOSE,
    )
    (d,) = lint(text, rule="missing-gratitude")
    opener = "Thank you for the opportunity to interview for the Data Analyst role at Acme Corp."
    assert f'"{opener}"' in d.suggestion
    fixed = apply_fix(text, d)
    assert fixed.startswith(f"Dear Ms. Reyes,\n\n{opener} I have decided to withdraw")
    assert not lint(fixed, rule="missing-gratitude")


@pytest.mark.parametrize(
    ("paragraph", "opener"),
    [
        # Second review: the thanks repeated the role and company the next words name.
        (
            "I have decided to withdraw my application for the Senior Accountant position at "
            "Brightwater Partners.",
            "Thank you for the opportunity to interview with you.",
        ),
        # Second review: a draft that only applied was thanked for an interview.
        (
            "I submitted an application for the Graphic Designer role last week, and I'd like "
            "to withdraw it, as I've since accepted another offer.",
            "Thank you for considering my application.",
        ),
        (
            "I applied last week and would like to withdraw, as I've accepted another offer.",
            "Thank you for considering my application.",
        ),
        # Second review: the thanks went in before the opening pleasantry.
        (
            "I hope this email finds you well. I'm writing to withdraw my application, as I've "
            "accepted another offer.",
            "I hope this email finds you well. Thank you for the opportunity to interview for "
            "the role. I'm writing",
        ),
    ],
    ids=["names-them-already", "only-applied", "applied", "after-the-pleasantry"],
)
def test_the_thanks_fits_the_draft(lint: Lint, paragraph: str, opener: str) -> None:
    text = email(paragraph, CLOSE)
    (d,) = lint(text, rule="missing-gratitude")
    assert apply_fix(text, d).startswith(f"Dear Ms. Reyes,\n\n{opener}")


@pytest.mark.parametrize(
    "after",
    [
        "I have decided to withdraw, as I have accepted another offer.",
        # A capitalised word opening the next sentence is no part of the name.
        "After careful thought, I have decided to withdraw, as I have accepted another offer.",
    ],
)
def test_missing_gratitude_suggestion_company_at_sentence_end(lint: Lint, after: str) -> None:
    text = email(
        f"I am writing about my application for the Data Analyst position at Acme Corp. {after}",
        "Please confirm that you have received this.",
    )
    (d,) = lint(text, rule="missing-gratitude")
    (close,) = lint(text, rule="missing-positive-close")
    assert "the team at Acme Corp every success" in close.suggestion
    assert text[d.start : d.end] == (
        "I am writing about my application for the Data Analyst position at Acme Corp."
    )


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        # User review: "my" before "application" was read as the writer's own employer.
        ("I am withdrawing my application for the Welder role at Acme.", "Welder role at Acme"),
        ("I will stay in my role at Globex, so I am withdrawing.", "role"),
    ],
)
def test_the_suggestion_names_the_employer_not_the_writers_own(
    lint: Lint, sentence: str, named: str
) -> None:
    text = email("I have decided to withdraw.", sentence, "Please confirm you received this.")
    (d,) = lint(text, rule="missing-gratitude")
    assert f'"Thank you for the opportunity to interview for the {named}."' in d.suggestion


def test_missing_gratitude_suggestion_without_role_or_company(lint: Lint) -> None:
    (d,) = lint(email(WITHDRAW, CLOSE), rule="missing-gratitude")
    assert '"Thank you for the opportunity to interview for the role."' in d.suggestion


def test_missing_withdrawal_suggestion_names_the_role_and_company(lint: Lint) -> None:
    (d,) = lint(email(ACME, "I start a new job next month."), rule="missing-withdrawal")
    assert '"I am writing to withdraw my application for the Data Analyst role at Acme Corp."' in (
        d.suggestion
    )


def test_missing_positive_close_suggestion_and_fix(lint: Lint) -> None:
    text = email(ACME, WITHDRAW, "Please cancel the call booked for Monday.")
    (d,) = lint(text, rule="missing-positive-close")
    line = "Thank you again for your time; I wish you and the team at Acme Corp every success."
    assert f'"{line}"' in d.suggestion
    fixed = apply_fix(text, d)
    assert f"Please cancel the call booked for Monday.\n\n{line}\n\nBest regards," in fixed
    assert not lint(fixed, rule="missing-positive-close")


def test_missing_positive_close_suggestion_does_not_invent_a_company(lint: Lint) -> None:
    text = email(THANKS, WITHDRAW, "Please cancel the call booked for Monday.")
    (d,) = lint(text, rule="missing-positive-close")
    assert '"Thank you again for your time; I wish you and the team every success."' in (
        d.suggestion
    )


def test_missing_reason_suggestion_offers_example_reasons(lint: Lint) -> None:
    (d,) = lint(email(THANKS, "I am withdrawing my application.", CLOSE), rule="missing-reason")
    assert "another offer" in d.suggestion
    assert d.fix is None


# negative-tone's suggestion fits what the sentence does (review items 3 and 5): a sentence
# that is the draft's only withdrawal keeps the decision (deleting it left no withdrawal);
# a reason is stated as a fact about the writer, by its category; pointed thanks and barbed
# wishes become the plain version; anything else can go. Each case: (first paragraph,
# second paragraph, the sentence reported, the exact suggestion).
KEEP = "Keep the decision and drop the blame, e.g."
KEEP_REASON = "Keep the decision and the reason, and drop the blame, e.g."
DECIDED = "I have decided to withdraw my application"
STATE = "State the reason as a fact about you, without blame, e.g."
JOKE = "Consider this my withdrawal, and frankly your process was a joke."
DELETE = "Delete it; the email reads as well without it."
NEGATIVE_SUGGESTIONS = [
    pytest.param(
        THANKS,
        f"I have accepted another offer. {JOKE}",
        JOKE,
        f'{KEEP} "{DECIDED}."',
        id="only-decision",
    ),
    pytest.param(
        ACME,
        f"I have accepted another offer. {JOKE}",
        JOKE,
        f'{KEEP} "{DECIDED} for the Data Analyst role at Acme Corp."',
        id="only-decision-names-the-role",
    ),
    pytest.param(
        THANKS,
        "I have accepted another offer. I'm withdrawing my application; your process was a joke.",
        "I'm withdrawing my application; your process was a joke.",
        f'{KEEP} "{DECIDED}."',
        id="only-decision-reason-given-before",
    ),
    pytest.param(
        THANKS,
        "Since nobody could be bothered to reply, I have accepted another offer and am "
        "withdrawing.",
        "Since nobody could be bothered to reply, I have accepted another offer and am "
        "withdrawing.",
        f'{KEEP_REASON} "{DECIDED}. I have accepted another offer."',
        id="decision-and-other-offer",
    ),
    pytest.param(
        THANKS,
        "I'm withdrawing my application since the salary you offered is frankly insulting.",
        "I'm withdrawing my application since the salary you offered is frankly insulting.",
        f'{KEEP_REASON} "{DECIDED}. The pay is below what I need."',
        id="decision-and-pay",  # user review: the example was the not-a-fit one
    ),
    pytest.param(
        THANKS,
        "Frankly, the role turned out to be a glorified sales job, so I'm withdrawing.",
        "Frankly, the role turned out to be a glorified sales job, so I'm withdrawing.",
        f'{KEEP_REASON} "{DECIDED}. The pay is below what I need."',
        id="decision-and-unnamed-reason",
    ),
    pytest.param(
        THANKS,
        f"{WITHDRAW} No thanks.",
        "No thanks.",
        DELETE,
        id="a-second-decision-can-go",
    ),
    pytest.param(
        THANKS,
        "I am withdrawing my application. I've accepted an offer from a company that actually "
        "answers emails.",
        "I've accepted an offer from a company that actually answers emails.",
        f'{STATE} "I have accepted another offer."',
        id="reason-other-offer",
    ),
    pytest.param(
        THANKS,
        f"{WITHDRAW} The salary you offered was insulting.",
        "The salary you offered was insulting.",
        f'{STATE} "The pay is below what I need."',
        id="reason-pay",
    ),
    pytest.param(
        THANKS,
        "I'm withdrawing because your interview process was a disorganised mess.",
        "I'm withdrawing because your interview process was a disorganised mess.",
        f'{KEEP_REASON} "{DECIDED}. The timeline and format of the process don\'t work for me."',
        id="decision-and-the-process",
    ),
    pytest.param(
        THANKS,
        "I am withdrawing my application. I need to care for my father, something your "
        "recruiter clearly didn't care about.",
        "I need to care for my father, something your recruiter clearly didn't care about.",
        f'{STATE} "A family matter needs my attention right now."',
        id="reason-personal-circumstances",
    ),
    pytest.param(
        THANKS,
        "I am withdrawing my application. I'm relocating to Leeds, which your recruiter would "
        "know if he had read my CV.",
        "I'm relocating to Leeds, which your recruiter would know if he had read my CV.",
        f'{STATE} "The location doesn\'t work for me."',
        id="reason-relocation",
    ),
    pytest.param(
        THANKS,
        f"{WITHDRAW} The case study felt like an attempt to get free consulting.",
        "The case study felt like an attempt to get free consulting.",
        f'{STATE} "The pay is below what I need." or "The process took longer than I could wait."',
        id="reason-unspecified",
    ),
    pytest.param(
        THANKS,
        f"{WITHDRAW} Thanks for wasting my time.",
        "Thanks for wasting my time.",
        'Say it plainly: "Thank you for your time."',
        id="pointed-thanks",
    ),
    pytest.param(
        ACME,
        f"{WITHDRAW} Good luck filling the role, you'll need it.",
        "Good luck filling the role, you'll need it.",
        'Say it plainly: "I wish you and the team at Acme Corp every success."',
        id="barbed-wish-names-the-company",
    ),
    pytest.param(
        THANKS,
        f"{WITHDRAW} The panel seemed a little out of its depth.",
        "The panel seemed a little out of its depth.",
        DELETE,
        id="nothing-to-keep",
    ),
]


@pytest.mark.parametrize(("first", "body", "sentence", "suggestion"), NEGATIVE_SUGGESTIONS)
def test_negative_tone_suggestion_fits_the_sentence(
    first: str, body: str, sentence: str, suggestion: str, lint: Lint
) -> None:
    text = email(first, body, CLOSE)
    (d,) = lint(text, rule="negative-tone")
    assert text[d.start : d.end] == sentence
    assert d.suggestion == suggestion


def test_placeholder_hints_fit_the_draft(lint: Lint) -> None:
    text = email(
        ACME,
        "I am withdrawing from the {role} process at [Company Name], as I accepted another offer.",
        CLOSE,
        sign_off="Best regards,\n[Your Name]",
    )
    hints = {text[d.start : d.end]: d.suggestion for d in lint(text, rule="template-placeholder")}
    assert hints == {
        "{role}": 'Replace {role} with the role\'s title ("Data Analyst"?).',
        "[Company Name]": 'Replace [Company Name] with the company\'s name ("Acme Corp"?).',
        "[Your Name]": "Replace [Your Name] with your own name.",
    }


@pytest.mark.parametrize(
    ("sentence", "category", "vague"),
    [
        ("I am withdrawing, for reasons I'd rather not go into.", "unspecified", True),
        (
            "I am withdrawing because I've accepted an internship at another lab.",
            "other_offer",
            False,
        ),
        ("I move to Porto in June, so I stop the process.", "relocation", False),
        # User review: the family reason behind a move was named instead of the move.
        (
            "My husband has been offered a job in Melbourne, so our family is relocating there "
            "in June and I must withdraw.",
            "relocation",
            False,
        ),
        ("I have accepted an offer in Denver and will be relocating.", "other_offer", False),
        # Read parts dy, ea: family matters named and nothing more is vague; a job declined
        # is no offer taken elsewhere.
        (
            "I am withdrawing my application due to some family matters.",
            "personal_circumstances",
            True,
        ),
        (
            "sorry wont be taking the job, stuff going on at home.",
            "unspecified",
            True,
        ),
        # Read part ec: the time, not the job.
        (
            "I've thought about it a lot and it just doesn't feel like the right time for me, "
            "so I'm withdrawing.",
            "unspecified",
            True,
        ),
    ],
    ids=[
        "rather-not-go-into",
        "an-internship",
        "i-move-to",
        "a-family-move",
        "offer-and-move",
        "some-family-matters",
        "wont-be-taking-the-job-stuff-at-home",
        "doesnt-feel-like-the-right-time",
    ],
)
def test_reason_category_and_vagueness(sentence: str, category: str, vague: bool) -> None:
    result = withdraw_lint.lint_text(email(THANKS, sentence, CLOSE))
    assert result.reason_category == category
    assert any(d.rule == "vague-reason" for d in result.diagnostics) is vague


def test_a_hostile_or_shouting_subject_line_is_reported(lint: Lint) -> None:
    """User review: the subject, the first line the recruiter reads, was never checked."""
    body = email(THANKS, WITHDRAW, CLOSE)
    text = f"Subject: I withdraw, your company is a joke!!!\n\n{body}"
    (tone,) = [d for d in lint(text, rule="negative-tone") if d.line == 1]
    assert tone.message.startswith("The subject line reads as hostile")
    assert '"Withdrawal of application' in tone.suggestion
    (marks,) = lint(text, rule="shouting")
    assert (marks.line, text[marks.start : marks.end]) == (1, "!!!")
    assert not lint(f"Subject: WITHDRAWAL - Application for the Data Analyst role\n\n{body}")


def test_a_template_slot_in_capitals_is_no_shouting(lint: Lint) -> None:
    """Second review: '[COMPANY NAME]' drew a shouting warning beside template-placeholder."""
    text = email(THANKS, "I am withdrawing from the role at [COMPANY NAME] on [Date].", CLOSE)
    assert lint(text, rule="template-placeholder")
    assert not lint(text, rule="shouting")


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        ("Thank you for the interview this morning.", False),
        ("Thanks for meeting with me today.", False),
        ("Thank you for the invitation to a second interview tomorrow.", True),
        ("Thank you, but I won't make the interview this afternoon.", True),
    ],
)
def test_late_notice_is_not_thanks_for_an_interview_that_has_happened(
    lint: Lint, sentence: str, fires: bool
) -> None:
    """Second review: thanks for this morning's interview was read as one about to start."""
    text = email(sentence, "I am withdrawing my application, as I have accepted another offer.")
    assert bool(lint(text, rule="late-notice")) is fires


def test_a_name_slot_after_the_greeting_is_the_readers() -> None:
    """Second review: "Dear [Name]," was filled with the sender's own name, and an
    interviewer's slot with the recipient's."""
    text = (
        "Dear [Name],\n\nThank you for the interview. I am withdrawing, as I have accepted "
        "another offer. Please thank <Interviewer Name> for me.\n\nI wish you every success."
        "\n\nBest regards,\n[Your Name]\n"
    )
    settings = Settings(values=(("manager", "Ms. Reyes"), ("name", "Kim Lee")))
    fixes = {
        text[d.start : d.end]: d.fix.edits[0].replacement if d.fix else None
        for d in withdraw_lint.lint_text(text, settings).diagnostics
        if d.rule == "template-placeholder"
    }
    assert fixes == {"[Name]": "Ms. Reyes", "<Interviewer Name>": None, "[Your Name]": "Kim Lee"}


@pytest.mark.parametrize("draft", ["Dear Sam,\n\nBest,\nJane\n", "Hello.\n", "Hi Sam, see you.\n"])
def test_a_draft_with_no_withdrawal_in_its_few_words_fails(lint: Lint, draft: str) -> None:
    """Third review: a greeting and a sign-off alone scored 100 and passed a CI gate."""
    assert lint(draft, rule="missing-withdrawal")


def test_a_short_greeting_line_that_goes_on_is_greeting_and_body(lint: Lint) -> None:
    assert not lint("Hi Sam, I withdraw my application.\n", rule="missing-withdrawal")


def test_every_set_key_fills_some_slot() -> None:
    from withdraw_lint.rules.template_placeholder import SLOT_KEYS
    from withdraw_lint.settings import VALUE_KEYS

    assert [key for key, _ in SLOT_KEYS] == list(VALUE_KEYS)
