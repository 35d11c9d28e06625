"""a complete team per grid: departures with their reason, vacancies, preference facts, the
staffing rules as data, selection records (issue 19)

Revision ID: 0029
Revises: 0026
Create Date: 2026-12-03 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

# GridDesk's defaults, as gridDesk/domain/staffing.py RULE_LIMITS gives them, written out here so the
# migration stays what it was when the code moves on.
DEFAULTS = {"team.min_members": 1, "team.urban_full_time": 1, "team.rural_full_time": 0,
            "vacancy.overdue_days": 30, "hire.max_age": 35, "hire.education_code": 30}
# A member who left before this revision has only a date: the reason is "other", said so in words.
BEFORE = "升级前只登记了离任日期，没有原因"


def upgrade() -> None:
    op.create_table('team_departures',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=12), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('document', sa.String(length=128), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_team_departures_member_id_team_members')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_team_departures'))
    )
    op.create_table('vacancies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('post', sa.String(length=16), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('left_member_id', sa.Integer(), nullable=True),
    sa.Column('filled_on', sa.Date(), nullable=True),
    sa.Column('filled_member_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_vacancies_grid_id_grids')),
    sa.ForeignKeyConstraint(['left_member_id'], ['team_members.id'], name=op.f('fk_vacancies_left_member_id_team_members')),
    sa.ForeignKeyConstraint(['filled_member_id'], ['team_members.id'],
                            name=op.f('fk_vacancies_filled_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacancies'))
    )
    op.create_index('ix_vacancies_open', 'vacancies', ['filled_on', 'grid_id'], unique=False)
    op.create_table('member_preferences',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=32), nullable=False),
    sa.Column('social_work_level', sa.String(length=16), nullable=False),
    sa.Column('social_work_number', sa.String(length=32), nullable=False),
    sa.Column('veteran', sa.Boolean(), nullable=False),
    sa.Column('dibao', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_member_preferences_member_id_team_members')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_member_preferences'))
    )
    rules = op.create_table('staffing_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('example', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_staffing_rules'))
    )
    op.create_table('selections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vacancy_id', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('added_by', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['vacancy_id'], ['vacancies.id'], name=op.f('fk_selections_vacancy_id_vacancies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selections')),
    sa.UniqueConstraint('vacancy_id', name=op.f('uq_selections_vacancy_id'))
    )
    op.create_table('selection_steps',
    sa.Column('selection_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['selection_id'], ['selections.id'], name=op.f('fk_selection_steps_selection_id_selections')),
    sa.PrimaryKeyConstraint('selection_id', 'step', name=op.f('pk_selection_steps'))
    )
    op.bulk_insert(rules, [{"key": k, "value": v, "example": True} for k, v in DEFAULTS.items()])
    # No vacancy is opened for these: whether the post was filled since is not on record.
    op.execute(sa.text(
        "INSERT INTO team_departures (member_id, left_on, reason, words, decided_by, document, recorded_by) "
        "SELECT id, left_on, 'other', :words, '', '', '' FROM team_members WHERE left_on IS NOT NULL"
    ).bindparams(words=BEFORE))


def downgrade() -> None:
    op.drop_table('selection_steps')
    op.drop_table('selections')
    op.drop_table('staffing_rules')
    op.drop_table('member_preferences')
    op.drop_index('ix_vacancies_open', table_name='vacancies')
    op.drop_table('vacancies')
    op.drop_table('team_departures')
