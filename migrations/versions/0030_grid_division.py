"""the grid division: its changes recorded, the size guidance as data, the yearly report kept,
and a retired grid kept with its code (issue 19 item 6)

Revision ID: 0030
Revises: 0026
Create Date: 2026-12-03 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None

# DB3208/T 200-2023 4.2 (300 rural, 500 urban, 100 a micro-grid) and a warning band of half to one
# and a half times that: the same figures as gridDesk/domain/division.py DEFAULT_GUIDANCE, written
# out here so the migration stays what it was when the code moves on.
DEFAULTS = {"households.rural": 300, "households.urban": 500, "households.micro": 100,
            "band.low_percent": 50, "band.high_percent": 150}


def upgrade() -> None:
    # A plain ALTER TABLE ADD COLUMN: a batch copy of `grids` would drop the table every household,
    # resident and place points at, which the foreign keys refuse on a village with data.
    op.add_column('grids', sa.Column('retired_on', sa.Date(), nullable=True))
    op.create_table('grid_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('document', sa.String(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('codes', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.String(length=32), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_changes'))
    )
    op.create_index('ix_grid_changes_on', 'grid_changes', ['on'], unique=False)
    rules = op.create_table('division_rules',
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_division_rules'))
    )
    op.create_table('division_reports',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('made_at', sa.DateTime(), nullable=False),
    sa.Column('made_by', sa.String(length=32), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sent_in', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_division_reports'))
    )
    op.bulk_insert(rules, [{"key": k, "value": v} for k, v in DEFAULTS.items()])


def downgrade() -> None:
    op.drop_table('division_reports')
    op.drop_table('division_rules')
    op.drop_index('ix_grid_changes_on', table_name='grid_changes')
    op.drop_table('grid_changes')
    op.drop_column('grids', 'retired_on')  # SQLite 3.35+ drops a plain column in place
