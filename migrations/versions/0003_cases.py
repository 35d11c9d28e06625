"""cases and visits

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 07:24:53.853777
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_days'))
    )
    op.create_table('case_categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('limit_days', sa.Integer(), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['case_categories.id'], name=op.f('fk_case_categories_parent_id_case_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_categories'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=128), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('work_kind', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=128), nullable=False),
    sa.Column('reporter', sa.String(length=64), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('assignee', sa.String(length=64), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extension_requested', sa.Boolean(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('satisfaction', sa.String(length=8), nullable=False),
    sa.Column('revisited_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['case_categories.id'], name=op.f('fk_cases_category_id_case_categories')),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_cases_grid_id_grids')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('number', name=op.f('uq_cases_number'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_reported_at', ['reported_at'], unique=False)
        batch_op.create_index('ix_cases_state_due', ['state', 'due_at'], unique=False)

    op.create_table('case_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=False),
    sa.Column('to_state', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_events_case_id_cases')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_events'))
    )
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_events_case_id'), ['case_id'], unique=False)

    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('slot', sa.String(length=16), nullable=False),
    sa.Column('companions', sa.String(length=128), nullable=False),
    sa.Column('solved_on_spot', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_visits_grid_id_grids')),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_visits_member_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_grid_day', ['grid_id', 'visited_on'], unique=False)
        batch_op.create_index('ix_visits_day', ['visited_on'], unique=False)

    op.create_table('case_people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_people_case_id_cases')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_case_people_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_people'))
    )
    with op.batch_alter_table('case_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_people_case_id'), ['case_id'], unique=False)

    op.create_table('visit_findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_visit_findings_case_id_cases')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_findings_visit_id_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_findings'))
    )
    with op.batch_alter_table('visit_findings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_findings_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_households',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_visit_households_household_id_households')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_households_visit_id_visits')),
    sa.PrimaryKeyConstraint('visit_id', 'household_id', name=op.f('pk_visit_households'))
    )
    with op.batch_alter_table('visit_households', schema=None) as batch_op:
        batch_op.create_index('ix_visit_households_household', ['household_id', 'visited_on'], unique=False)


    _seed_categories()


# GridDesk's defaults, for the director to set (Settings): the town guide names no categories and
# no time limits, and the regulation says only "within the prescribed time" (在规定时限内). Limits
# are working days, filing to closing.
CATEGORIES = [
    ("矛盾纠纷", 15, ["婚姻家庭", "邻里纠纷", "劳资纠纷", "山林土地", "房屋宅基地", "征地拆迁", "其他纠纷"]),
    ("治安与安全隐患", 5, ["治安隐患", "消防隐患", "生产安全", "交通安全", "食品药品", "地质灾害"]),
    ("民生服务", 10, ["社会保障", "医疗卫生", "教育", "就业", "环境卫生", "基础设施"]),
    ("突发事件", 1, ["自然灾害", "事故灾难", "公共卫生事件", "社会安全事件"]),
    ("其他", 10, ["其他事项"]),
]


def _seed_categories() -> None:
    table = sa.table("case_categories", sa.column("id", sa.Integer), sa.column("parent_id", sa.Integer),
                     sa.column("name", sa.String), sa.column("limit_days", sa.Integer),
                     sa.column("sort", sa.Integer))
    rows, next_id = [], 1
    for sort, (name, days, children) in enumerate(CATEGORIES):
        parent = next_id
        rows.append({"id": parent, "parent_id": None, "name": name, "limit_days": days, "sort": sort})
        next_id += 1
        for child_sort, child in enumerate(children):
            rows.append({"id": next_id, "parent_id": parent, "name": child, "limit_days": days, "sort": child_sort})
            next_id += 1
    op.bulk_insert(table, rows)


def downgrade() -> None:
    with op.batch_alter_table('visit_households', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_households_household')

    op.drop_table('visit_households')
    with op.batch_alter_table('visit_findings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_findings_visit_id'))

    op.drop_table('visit_findings')
    with op.batch_alter_table('case_people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_people_case_id'))

    op.drop_table('case_people')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_grid_day')
        batch_op.drop_index('ix_visits_day')

    op.drop_table('visits')
    with op.batch_alter_table('case_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_events_case_id'))

    op.drop_table('case_events')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_state_due')
        batch_op.drop_index('ix_cases_reported_at')

    op.drop_table('cases')
    op.drop_table('case_categories')
    op.drop_table('calendar_days')
