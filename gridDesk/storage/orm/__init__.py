"""ORM modules, one per aggregate; importing this package registers every table."""

from . import (accounts, archive, assessment, attachments, audit, case_approvals, cases, centre, certification,  # noqa: F401
               roster, patrols, task_types, training, visit_frequencies, visits)
from . import daily_logs  # noqa: F401
from . import meetings  # noqa: F401  (issue 18: the monthly meeting and its tasks)
from . import pay  # noqa: F401  (commendations, warnings, performance pay)
from . import staffing  # noqa: F401  (issue 19: departures, vacancies, selection)
from . import party  # noqa: F401  (issue 19: party organisations, members, 党员联户)
from . import division  # noqa: F401  (issue 19: the grid division's record and report)
from . import outreach  # noqa: F401  (issue 19: service stations, WeChat groups, volunteers)
from . import petitions  # noqa: F401  (issue 20: the register of petitions, 信访)
from . import reports  # noqa: F401  (issue 20: the reporting calendar and the filed reports)
from . import dispute_report  # noqa: F401  (issue 20: the monthly dispute report's rows and bands)
from . import mediation  # noqa: F401  (issue 20: people's mediation)
from . import escalations  # noqa: F401  (issue 21: escalations as 上报件)
from . import replies  # noqa: F401  (issue 21: the township's reply packages imported)
from .base import Base

metadata = Base.metadata
