"""training: sessions, attendance, certificates and the yearly rules; two covering indexes on
cases for the dashboard's charts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 09:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('organiser', sa.String(length=64), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('place', sa.String(length=128), nullable=False),
    sa.Column('topic', sa.String(length=128), nullable=False),
    sa.Column('trainer', sa.String(length=64), nullable=False),
    sa.Column('assessed', sa.Boolean(), nullable=False),
    sa.Column('onboarding', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.create_index('ix_training_sessions_starts_at', ['starts_at'], unique=False)

    op.create_table('training_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('presence', sa.String(length=8), nullable=False),
    sa.Column('hours', sa.Float(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('reason', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'],
                            name=op.f('fk_training_attendance_member_id_team_members')),
    sa.ForeignKeyConstraint(['session_id'], ['training_sessions.id'],
                            name=op.f('fk_training_attendance_session_id_training_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_attendance')),
    sa.UniqueConstraint('session_id', 'member_id', name=op.f('uq_training_attendance_session_id_member_id'))
    )
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.create_index('ix_training_attendance_member', ['member_id', 'presence'], unique=False)
        batch_op.create_index('ix_training_attendance_session', ['session_id', 'presence', 'member_id'], unique=False)

    op.create_table('certificates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('issuer', sa.String(length=64), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_certificates_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificates'))
    )
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificates_member_id'), ['member_id'], unique=False)

    op.create_table('training_rules',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('min_sessions', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', 'level', name=op.f('pk_training_rules'))
    )


    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_reported_category', ['reported_at', 'category_id'], unique=False)
        batch_op.create_index('ix_cases_closed', ['closed_at', 'reported_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_closed')
        batch_op.drop_index('ix_cases_reported_category')
    op.drop_table('training_rules')
    with op.batch_alter_table('certificates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificates_member_id'))
    op.drop_table('certificates')
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_training_attendance_session')
        batch_op.drop_index('ix_training_attendance_member')
    op.drop_table('training_attendance')
    with op.batch_alter_table('training_sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_training_sessions_starts_at')
    op.drop_table('training_sessions')
