"""service stations (党群服务站) and their "七个一" checklist as data, 一户一代表 in the grids'
WeChat groups, the register of volunteers / 微格员 / 信息员 / 五老 and what they pass on

Revision ID: 0028
Revises: 0026
Create Date: 2026-12-03 15:40:00
"""


from alembic import op
import sqlalchemy as sa


revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

# The seven items as GridDesk seeds them (domain/outreach.py SEVEN_ITEMS), written out so the
# migration stays what it was when the code moves on; the director edits the list afterwards.
SEVEN_ITEMS = (("sign", "一块标识牌"), ("flag", "一面党旗"), ("rules", "一套制度"), ("furniture", "一套桌椅"),
               ("shelf", "一个书报架"), ("handbook", "一本服务手册"), ("papers", "一份党报党刊"))


def upgrade() -> None:
    op.create_table('stations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=128), nullable=False),
    sa.Column('room', sa.String(length=64), nullable=False),
    sa.Column('services', sa.Text(), nullable=False),
    sa.Column('hours', sa.String(length=128), nullable=False),
    sa.Column('keeper_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_stations_grid_id_grids')),
    sa.ForeignKeyConstraint(['keeper_id'], ['team_members.id'], name=op.f('fk_stations_keeper_id_team_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stations'))
    )
    op.create_index(op.f('ix_stations_grid_id'), 'stations', ['grid_id'], unique=False)
    op.create_table('station_households',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_station_households_household_id_households')),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_station_households_station_id_stations')),
    sa.PrimaryKeyConstraint('station_id', 'household_id', name=op.f('pk_station_households'))
    )
    items = op.create_table('station_items',
    sa.Column('key', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_station_items'))
    )
    op.create_table('station_checks',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('item_key', sa.String(length=16), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_station_checks_station_id_stations')),
    sa.PrimaryKeyConstraint('station_id', 'item_key', name=op.f('pk_station_checks'))
    )
    op.create_table('household_wechat',
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('representative', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['household_id'], ['households.id'], name=op.f('fk_household_wechat_household_id_households')),
    sa.PrimaryKeyConstraint('household_id', name=op.f('pk_household_wechat'))
    )
    rules = op.create_table('outreach_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_outreach_rules'))
    )
    op.create_table('volunteers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('duties', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_volunteers_grid_id_grids')),
    sa.ForeignKeyConstraint(['resident_id'], ['residents.id'], name=op.f('fk_volunteers_resident_id_residents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteers'))
    )
    op.create_index(op.f('ix_volunteers_grid_id'), 'volunteers', ['grid_id'], unique=False)
    op.create_table('volunteer_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('added_by', sa.String(length=32), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_volunteer_reports_case_id_cases')),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_volunteer_reports_grid_id_grids')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteers.id'], name=op.f('fk_volunteer_reports_volunteer_id_volunteers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_reports')),
    sa.UniqueConstraint('case_id', name=op.f('uq_volunteer_reports_case_id'))
    )
    op.create_index('ix_volunteer_reports_volunteer', 'volunteer_reports', ['volunteer_id'], unique=False)
    op.bulk_insert(items, [{"key": k, "label": label, "position": n} for n, (k, label) in enumerate(SEVEN_ITEMS)])
    op.bulk_insert(rules, [{"key": "wechat.threshold", "value": 80}])


def downgrade() -> None:
    op.drop_index('ix_volunteer_reports_volunteer', table_name='volunteer_reports')
    op.drop_table('volunteer_reports')
    op.drop_index(op.f('ix_volunteers_grid_id'), table_name='volunteers')
    op.drop_table('volunteers')
    op.drop_table('outreach_rules')
    op.drop_table('household_wechat')
    op.drop_table('station_checks')
    op.drop_table('station_items')
    op.drop_table('station_households')
    op.drop_index(op.f('ix_stations_grid_id'), table_name='stations')
    op.drop_table('stations')
