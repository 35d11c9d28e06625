"""ORM modules, one per aggregate; importing this package registers every table."""

from . import (accounts, archive, assessment, attachments, audit, case_approvals, cases, centre, certification, roster,  # noqa: F401
               task_types, training, visit_frequencies, visits)
from .base import Base

metadata = Base.metadata
