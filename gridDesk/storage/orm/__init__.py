"""ORM modules, one per aggregate; importing this package registers every table."""

from . import (accounts, archive, attachments, audit, cases, centre, roster, task_types, training,  # noqa: F401
               visit_frequencies, visits)
from .base import Base

metadata = Base.metadata
