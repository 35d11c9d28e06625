"""`griddesk township reviews|review|task|training`: the second reviews, tasks and training the
township sends down (services/township_reviews.py, services/township_downlinks.py)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from ..domain.errors import ValidationError
from .say import say


def run_downlinks(session, args: argparse.Namespace) -> int:
    from ..services.township_downlinks import parse_attendee, send_task, send_training
    from ..services.township_reviews import parse_change, record_second_review, waiting_reviews

    if args.township_command == "reviews":
        waiting = waiting_reviews(session, args.village)
        if args.json:
            json.dump([{"village": r.village, "village_name": r.village_name, "quarter": r.quarter, "member": r.member,
                        "first_reviewer": r.reviewer, "first_decided_on": r.decided_on,
                        "first_decision": r.decision, "total": r.total, "grade": r.grade} for r in waiting],
                      sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        say("cli.township.reviews_head", count=len(waiting))
        for r in waiting:
            say("cli.township.review_row", village=r.village, name=r.village_name, quarter=r.quarter, member=r.member,
                reviewer=r.reviewer, decided=r.decided_on, total=r.total, grade=r.grade)
        return 0
    if args.township_command == "review":
        decided = None
        if args.decided_on:
            try:
                decided = date.fromisoformat(args.decided_on.strip())
            except ValueError:
                raise ValidationError("decided_on", "township.down.bad_date", value=args.decided_on[:30]) from None
        done = record_second_review(session, args.village, args.quarter, args.member, args.decision, args.reviewer,
                                    decided, [parse_change(c) for c in args.change])
        say("cli.township.reviewed", village=done.village, member=done.member, quarter=done.quarter,
            reviewer=done.reviewer)
        return 0
    if args.township_command == "task":
        sent = send_task(session, None if args.all else args.village, args.task_type, args.title, args.due,
                         args.document, args.details, args.grid)
        say("cli.township.task_sent", title=sent.title, task_type=sent.type_name, count=len(sent.villages))
        return 0
    sent = send_training(session, args.village, args.topic, args.at, args.hours, args.place, args.trainer,
                         False, [parse_attendee(a) for a in args.attendee])
    say("cli.township.training_sent", topic=sent.topic, village=sent.village, count=sent.attendees)
    return 0
