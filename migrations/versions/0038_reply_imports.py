"""reply_imports and reply_items: the township's reply packages imported at the village, each item
once (issue 21)

Revision ID: 0038
Revises: 0031
Create Date: 2026-12-04 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0038'
down_revision = '0037'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'reply_imports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=48), nullable=False),
        sa.Column('digest_sm3', sa.String(length=64), nullable=False),
        sa.Column('township', sa.String(length=64), nullable=False),
        sa.Column('township_name', sa.String(length=128), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('account', sa.String(length=32), nullable=False),
        sa.Column('applied', sa.Integer(), nullable=False),
        sa.Column('kept', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name='pk_reply_imports'),
        sa.UniqueConstraint('digest_sm3', name='uq_reply_imports_digest_sm3'),
    )
    op.create_table(
        'reply_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('township', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('item_key', sa.String(length=64), nullable=False),
        sa.Column('import_id', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('reason_code', sa.Text(), nullable=False),
        sa.Column('target', sa.String(length=64), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('person', sa.String(length=64), nullable=False),
        sa.Column('said_at', sa.DateTime(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('answer_kind', sa.String(length=16), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['import_id'], ['reply_imports.id'], name='fk_reply_items_import_id_reply_imports'),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name='fk_reply_items_case_id_cases'),
        sa.PrimaryKeyConstraint('id', name='pk_reply_items'),
        sa.UniqueConstraint('township', 'kind', 'item_key', name='uq_reply_items_township_kind_item_key'),
    )
    op.create_index('ix_reply_items_case_id', 'reply_items', ['case_id'])


def downgrade() -> None:
    op.drop_index('ix_reply_items_case_id', table_name='reply_items')
    op.drop_table('reply_items')
    op.drop_table('reply_imports')
