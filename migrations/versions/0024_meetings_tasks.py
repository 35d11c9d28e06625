"""meetings, meeting_attendees, meeting_followups and tasks: the monthly meeting (月例会), its
minutes and the follow-ups made tasks (issue 18)

Revision ID: 0024
Revises: 0021
Create Date: 2026-12-03 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'meetings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('place', sa.String(length=64), nullable=False),
        sa.Column('host', sa.String(length=32), nullable=False),
        sa.Column('recorder', sa.String(length=32), nullable=False),
        sa.Column('topics', sa.Text(), nullable=False),
        sa.Column('discussion', sa.Text(), nullable=False),
        sa.Column('decisions', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=8), nullable=False),
        sa.Column('figures', sa.Text(), nullable=False),
        sa.Column('finalised_at', sa.String(length=32), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_meetings_held_on', 'meetings', ['held_on'])
    op.create_table(
        'meeting_attendees',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('sort', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=32), nullable=False),
        sa.Column('capacity', sa.String(length=16), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('resident_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id']),
        sa.ForeignKeyConstraint(['member_id'], ['team_members.id']),
        sa.ForeignKeyConstraint(['resident_id'], ['residents.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_meeting_attendees_meeting_id', 'meeting_attendees', ['meeting_id'])
    op.create_table(
        'meeting_followups',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=False),
        sa.Column('sort', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=True),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('as_task', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id']),
        sa.ForeignKeyConstraint(['owner_id'], ['team_members.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_meeting_followups_meeting_id', 'meeting_followups', ['meeting_id'])
    op.create_table(
        'tasks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('details', sa.Text(), nullable=False),
        sa.Column('owner_id', sa.Integer(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('followup_id', sa.Integer(), nullable=True),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=True),
        sa.Column('result', sa.Text(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['owner_id'], ['team_members.id']),
        sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id']),
        sa.ForeignKeyConstraint(['followup_id'], ['meeting_followups.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('followup_id'),
    )
    op.create_index('ix_tasks_owner_id', 'tasks', ['owner_id'])
    op.create_index('ix_tasks_state_due', 'tasks', ['state', 'due_on'])


def downgrade() -> None:
    op.drop_index('ix_tasks_state_due', table_name='tasks')
    op.drop_index('ix_tasks_owner_id', table_name='tasks')
    op.drop_table('tasks')
    op.drop_index('ix_meeting_followups_meeting_id', table_name='meeting_followups')
    op.drop_table('meeting_followups')
    op.drop_index('ix_meeting_attendees_meeting_id', table_name='meeting_attendees')
    op.drop_table('meeting_attendees')
    op.drop_index('ix_meetings_held_on', table_name='meetings')
    op.drop_table('meetings')
