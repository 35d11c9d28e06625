"""ORM modules, one per aggregate; importing this package registers every table."""

from . import accounts, archive, attachments, audit, case_approvals, cases, centre, roster, training, visits  # noqa: F401
from .base import Base

metadata = Base.metadata
