"""assignees are people: accounts.member_id, cases.assignee_member_id, and the director's
持证上岗 overrides (cert_overrides)

An account belongs to a team member, and a case assigned to a person names that person by id, so
"assigned to me" no longer rests on a name two people can share. The columns are added with
ALTER TABLE ... ADD COLUMN ... REFERENCES, not batch mode: recreating `cases` would drop a table
that case_events and case_people point at while foreign keys are on.

Existing cases keep their free-text assignee as the words shown; where exactly one team member
(serving or not) has exactly that name, the case is linked to that member. A name two members
share, or a body (村调委会), stays text only.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE accounts ADD COLUMN member_id INTEGER "
               "CONSTRAINT fk_accounts_member_id_team_members REFERENCES team_members (id)")
    op.execute("ALTER TABLE cases ADD COLUMN assignee_member_id INTEGER "
               "CONSTRAINT fk_cases_assignee_member_id_team_members REFERENCES team_members (id)")
    op.execute("UPDATE cases SET assignee_member_id = ("
               "SELECT MIN(m.id) FROM team_members m WHERE m.name = cases.assignee) "
               "WHERE assignee != '' AND (SELECT COUNT(*) FROM team_members m WHERE m.name = cases.assignee) = 1")
    op.create_table('cert_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('member_name', sa.String(length=32), nullable=False),
    sa.Column('act', sa.String(length=16), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'],
                            name=op.f('fk_cert_overrides_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cert_overrides'))
    )
    with op.batch_alter_table('cert_overrides', schema=None) as batch_op:
        batch_op.create_index('ix_cert_overrides_at', ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cert_overrides', schema=None) as batch_op:
        batch_op.drop_index('ix_cert_overrides_at')
    op.drop_table('cert_overrides')
    # SQLite 3.35+ drops a plain column in place; these two carry only a foreign key.
    op.execute("ALTER TABLE cases DROP COLUMN assignee_member_id")
    op.execute("ALTER TABLE accounts DROP COLUMN member_id")
