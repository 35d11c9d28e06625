"""What a mutating use case changed, as data: the kinds of record pages show and caches hold.

Services return a `Changes` naming one kind and the ids touched; the UI's change bus hands it to
every page, and each refreshes only when a kind it shows is named.
"""

from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    ROSTER = "residents"          # residents and households
    GRIDS = "grids"
    TEAM = "team"
    PLACES = "places"
    KEY_GROUPS = "key_groups"
    VISITS = "visits"
    VISIT_FREQUENCIES = "visit_frequencies"
    CASES = "cases"
    CATEGORIES = "categories"     # case categories and their time limits
    CALENDAR = "calendar"         # the working-day calendar's own days
    TRAINING = "training"
    CERTIFICATES = "certificates"
    TRAINING_RULES = "training_rules"
    TASK_TYPES = "task_types"
    DAILY_LOGS = "daily_logs"      # 民情日志 and their sign-off
    PATROLS = "patrols"            # patrols of places and risk points
    PATROL_RULES = "patrol_rules"  # patrol frequencies and the seasons
    MEETINGS = "meetings"          # the monthly meeting
    TASKS = "tasks"                # follow-up tasks (a meeting's decisions, the township's)
    ASSESSMENT = "assessment"      # the quarterly review: scores, the two reviews
    ASSESSMENT_RULES = "assessment_rules"  # scoring items and grade thresholds
    REWARDS = "rewards"            # commendations and warnings
    PAY = "pay"                    # the performance-pay ledger and its rules
    PARTY = "party"                # party organisations and party members
    PARTY_CONTACTS = "party_contacts"  # 党员联户: links, contacts, the yearly appraisal
    STATIONS = "stations"          # 党群服务站
    STAFFING = "staffing"          # departures, vacancies, selection records
    DIVISION = "division"          # the grid division's changes and size guidance
    MEDIATIONS = "mediations"      # people's mediation (人民调解, issue 20)
    VOLUNTEERS = "volunteers"      # volunteers, 微格员, information officers and what they pass on
    WECHAT = "wechat"              # 一户一代表 in the grids' WeChat groups
    PETITIONS = "petitions"        # the register of petitions (信访)
    REPORTS = "reports"            # the reports to the township: filed versions and their calendar (issue 20)
    DISPUTE_REPORT = "dispute_report"  # the dispute report's rows, category mapping and people bands
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    ARCHIVE = "archive"           # export batches, receipts
    PRINTS = "prints"             # printed signs and forms
    BACKUPS = "backups"
    EVERYTHING = "everything"     # the database under every page was replaced (a restore)


# The import ledgers name their kind by the ledger; each lands in one of the kinds above.
_ALIASES = {"households": Kind.ROSTER, "keygroup": Kind.KEY_GROUPS, "rentals": Kind.PLACES}


def kind_of(value: "Kind | str") -> Kind:
    """The kind a service named, refusing a word nobody subscribes to (a typo would be silent)."""
    if isinstance(value, Kind):
        return value
    return _ALIASES.get(value) or Kind(value)
