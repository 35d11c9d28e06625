"""Revision 0010 on a database made at 0007: free-text assignees become people where the name is
one person's, accounts gain a member, and the overrides table arrives empty."""

from __future__ import annotations

from gridDesk.storage import migrate
from gridDesk.storage.engine import keyed_connect
from tests.conftest import DIRECTOR, PASSWORD
from tests.migrations_helper import downgrade

_MEMBER = ("INSERT INTO team_members (id, name, id_number, phone, role, appointed_on, political_status, education, "
           "duties, declaration_confirmed, notes) VALUES (?, ?, ?, '13800138000', 'full_time', '2025-01-01', '', '', "
           "'', 0, '')")
_CASE = ("INSERT INTO cases (number, title, description, category_id, work_kind, channel, place, reporter, reported_at,"
         " state, assignee, extension_days, extension_requested, result, satisfaction, version, updated_at) VALUES "
         "(?, '事', '', 1, 'ordinary', 'visit', '', '', '2026-11-01 09:00:00', 'assigned', ?, 0, 0, '', '', 1, "
         "'2026-11-01 09:00:00')")


def test_a_0007_database_links_free_text_assignees_to_the_one_member_of_that_name(access, centre, db_path):
    session = access.login(DIRECTOR, PASSWORD)
    dek = session.dek
    downgrade(session.db.engine, "0007")
    session.close()
    conn = keyed_connect(db_path, dek)
    conn.execute(_MEMBER, (1, "刘波", "110105199001011234"))
    conn.execute(_MEMBER, (2, "张伟", "110105199001021234"))
    conn.execute(_MEMBER, (3, "张伟", "110105199001031234"))  # a namesake: the text cannot say which
    for n, assignee in enumerate(("刘波", "张伟", "村调委会", "刘波（网格员）", "")):
        conn.execute(_CASE, (f"C-{n}", assignee))
    conn.close()

    session = access.login(DIRECTOR, PASSWORD)
    assert migrate.current_revision(session.db.engine) == migrate.HEAD
    with session.db.engine.connect() as c:
        linked = dict(c.exec_driver_sql("SELECT number, assignee_member_id FROM cases").all())
        kept = dict(c.exec_driver_sql("SELECT number, assignee FROM cases").all())
        members = c.exec_driver_sql("SELECT member_id FROM accounts").scalars().all()
        overrides = c.exec_driver_sql("SELECT COUNT(*) FROM cert_overrides").scalar()
    assert linked == {"C-0": 1, "C-1": None, "C-2": None, "C-3": None, "C-4": None}
    assert kept["C-1"] == "张伟" and kept["C-2"] == "村调委会"  # the words stay as they were
    assert members == [None] and overrides == 0
    # and back: the step down leaves a 0007 schema that upgrades again
    downgrade(session.db.engine, "0007")
    session.close()
    session = access.login(DIRECTOR, PASSWORD)
    assert migrate.current_revision(session.db.engine) == migrate.HEAD
    session.close()
