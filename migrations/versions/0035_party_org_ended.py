"""a party branch or group ends when the grid it covered is merged into one that has its own
(its members and groups go to that one; the record of it stays)

Revision ID: 0035
Revises: 0030
Create Date: 2026-12-04 16:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0035'
down_revision = '0030'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('party_orgs', sa.Column('ended_on', sa.Date(), nullable=True))
    op.add_column('party_orgs', sa.Column('ended_into_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    # In place (SQLite 3.35+ drops a plain column): a batch copy of party_orgs would drop the table
    # the party members point at, which the foreign keys refuse on a village with a register.
    op.drop_column('party_orgs', 'ended_into_id')
    op.drop_column('party_orgs', 'ended_on')
