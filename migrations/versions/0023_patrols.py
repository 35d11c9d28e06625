"""patrols of places and risk points, their frequencies and seasons (the rules as data, seeded)

Revision ID: 0023
Revises: 0021
Create Date: 2026-12-03 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None

# GridDesk's starting rules, for the director to change (设置 or the 巡查 page): every N days per
# place kind, risk-point type and hazard level; the tightest that applies wins.
FREQUENCIES = {
    "rental": 30, "organisation": 30,
    "risk:林地": 7, "risk:田地": 15, "risk:道路": 7, "risk:水井": 7, "risk:矿产资源": 7, "risk:河流": 7,
    "risk:沟壑": 7, "risk:其他": 30,
    "hazard:较大": 7, "hazard:重大": 3,
}
# Seasons (month-day to month-day; 冬春 runs across the new year) and the frequency each sets:
# rivers and gullies daily in flood season, forest land every 3 days in fire season, rentals and
# organisations weekly in the heating season (coal stoves, gas).
SEASONS = (
    (1, "汛期", "06-01", "09-30", {"risk:河流": 1, "risk:沟壑": 1, "risk:水井": 3, "risk:矿产资源": 3, "risk:道路": 3}),
    (2, "防火期", "10-01", "05-31", {"risk:林地": 3, "risk:田地": 7}),
    (3, "冬春", "11-01", "03-31", {"rental": 7, "organisation": 7}),
)


def upgrade() -> None:
    op.create_table('patrols',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=True),
    sa.Column('patrolled_on', sa.Date(), nullable=False),
    sa.Column('patrolled_at', sa.DateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('finding', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_patrols_case_id_cases')),
    sa.ForeignKeyConstraint(['grid_id'], ['grids.id'], name=op.f('fk_patrols_grid_id_grids')),
    sa.ForeignKeyConstraint(['member_id'], ['team_members.id'], name=op.f('fk_patrols_member_id_team_members')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_patrols_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrols'))
    )
    op.create_index('ix_patrols_place_day', 'patrols', ['place_id', 'patrolled_on'], unique=False)
    op.create_index('ix_patrols_member_day', 'patrols', ['member_id', 'patrolled_on'], unique=False)
    op.create_index('ix_patrols_day', 'patrols', ['patrolled_on'], unique=False)
    frequencies = op.create_table('patrol_frequencies',
    sa.Column('target', sa.String(length=24), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('target', name=op.f('pk_patrol_frequencies'))
    )
    seasons = op.create_table('patrol_seasons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('starts', sa.String(length=5), nullable=False),
    sa.Column('ends', sa.String(length=5), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_patrol_seasons')),
    sa.UniqueConstraint('name', name=op.f('uq_patrol_seasons_name'))
    )
    season_frequencies = op.create_table('patrol_season_frequencies',
    sa.Column('season_id', sa.Integer(), nullable=False),
    sa.Column('target', sa.String(length=24), nullable=False),
    sa.Column('every_days', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['season_id'], ['patrol_seasons.id'], name=op.f('fk_patrol_season_frequencies_season_id_patrol_seasons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('season_id', 'target', name=op.f('pk_patrol_season_frequencies'))
    )
    op.bulk_insert(frequencies, [{"target": t, "every_days": n} for t, n in FREQUENCIES.items()])
    op.bulk_insert(seasons, [{"id": i, "name": name, "starts": a, "ends": b} for i, name, a, b, _f in SEASONS])
    op.bulk_insert(season_frequencies, [{"season_id": i, "target": t, "every_days": n}
                                        for i, _n, _a, _b, every in SEASONS for t, n in every.items()])


def downgrade() -> None:
    op.drop_table('patrol_season_frequencies')
    op.drop_table('patrol_seasons')
    op.drop_table('patrol_frequencies')
    op.drop_index('ix_patrols_day', table_name='patrols')
    op.drop_index('ix_patrols_member_day', table_name='patrols')
    op.drop_index('ix_patrols_place_day', table_name='patrols')
    op.drop_table('patrols')
