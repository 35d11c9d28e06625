"""The township's first schema: settings, staff, villages, batches, audit heads, quarantine, items
and what the categories carry (cases, roster counts, training, visits, report figures), the
content-addressed files, the township's own hash-chained audit log, and the escalation queue (上报件, keyed by village, case number, ordinal).

Revision ID: t0001
Revises:
Create Date: 2026-12-04 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = 't0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tw_audit',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('ts', sa.String(length=32), nullable=False),
    sa.Column('account', sa.String(length=32), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_audit'))
    )
    op.create_table('tw_audit_heads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_audit_heads')),
    sa.UniqueConstraint('name', 'count', 'digest', name=op.f('uq_tw_audit_heads_name'))
    )
    op.create_index(op.f('ix_tw_audit_heads_name'), 'tw_audit_heads', ['name'], unique=False)
    op.create_table('tw_files',
    sa.Column('sm3', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sm3', name=op.f('pk_tw_files'))
    )
    op.create_table('tw_quarantine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('batch_name', sa.String(length=200), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('folder', sa.Text(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_quarantine'))
    )
    op.create_index(op.f('ix_tw_quarantine_village_code'), 'tw_quarantine', ['village_code'], unique=False)
    op.create_table('tw_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_tw_settings'))
    )
    op.create_table('tw_staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('db_role', sa.String(length=63), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_tw_staff_username'))
    )
    op.create_table('tw_villages',
    sa.Column('code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=39), nullable=False),
    sa.Column('pem', sa.Text(), nullable=False),
    sa.Column('registered_at', sa.String(length=32), nullable=False),
    sa.Column('registered_by', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_tw_villages')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_tw_villages_fingerprint'))
    )
    op.create_table('tw_batches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('previous_digest', sa.String(length=64), nullable=False),
    sa.Column('bagging_date', sa.String(length=10), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('imported_at', sa.String(length=32), nullable=False),
    sa.Column('imported_by', sa.String(length=32), nullable=False),
    sa.Column('audit_count', sa.Integer(), nullable=False),
    sa.Column('audit_head', sa.String(length=64), nullable=False),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_batches_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_batches')),
    sa.UniqueConstraint('digest', name=op.f('uq_tw_batches_digest')),
    sa.UniqueConstraint('name', name=op.f('uq_tw_batches_name'))
    )
    op.create_index(op.f('ix_tw_batches_period'), 'tw_batches', ['period'], unique=False)
    op.create_index(op.f('ix_tw_batches_village_code'), 'tw_batches', ['village_code'], unique=False)
    op.create_table('tw_escalations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('case_number', sa.String(length=40), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('received_at', sa.String(length=19), nullable=False),
    sa.Column('due_at', sa.String(length=19), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('answered_at', sa.String(length=19), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_escalations_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_escalations_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_escalations')),
    sa.UniqueConstraint('village_code', 'case_number', 'ordinal', name=op.f('uq_tw_escalations_village_code'))
    )
    op.create_table('tw_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('date', sa.String(length=19), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_items_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_items_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_items')),
    sa.UniqueConstraint('village_code', 'record_id', 'version', name=op.f('uq_tw_items_village_code'))
    )
    op.create_index(op.f('ix_tw_items_batch_id'), 'tw_items', ['batch_id'], unique=False)
    op.create_index('ix_tw_items_current', 'tw_items', ['village_code', 'category', 'current'], unique=False)
    op.create_table('tw_roster',
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('grid', sa.String(length=64), nullable=False),
    sa.Column('residents', sa.Integer(), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('key_group_people', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_roster_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_roster_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('village_code', 'grid', name=op.f('pk_tw_roster'))
    )
    op.create_table('tw_training',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('organiser', sa.String(length=64), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('hours', sa.String(length=8), nullable=False),
    sa.Column('person', sa.String(length=64), nullable=False),
    sa.Column('presence', sa.String(length=16), nullable=False),
    sa.Column('score', sa.String(length=8), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_training_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_training_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_training')),
    sa.UniqueConstraint('village_code', 'day', 'topic', 'person', name=op.f('uq_tw_training_village_code'))
    )
    op.create_table('tw_visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('day', sa.String(length=10), nullable=False),
    sa.Column('slot', sa.String(length=16), nullable=False),
    sa.Column('grid', sa.String(length=64), nullable=False),
    sa.Column('member', sa.String(length=64), nullable=False),
    sa.Column('households', sa.Integer(), nullable=False),
    sa.Column('problems', sa.Integer(), nullable=False),
    sa.Column('solved', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['tw_batches.id'], name=op.f('fk_tw_visits_batch_id_tw_batches')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_visits_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_visits')),
    sa.UniqueConstraint('village_code', 'day', 'slot', 'grid', 'member', name=op.f('uq_tw_visits_village_code'))
    )
    op.create_table('tw_cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('work_kind', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('grid', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reported_at', sa.String(length=19), nullable=False),
    sa.Column('closed_on', sa.String(length=10), nullable=False),
    sa.Column('closure', sa.String(length=32), nullable=False),
    sa.Column('satisfaction', sa.String(length=16), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['tw_items.id'], name=op.f('fk_tw_cases_item_id_tw_items')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_cases_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_cases')),
    sa.UniqueConstraint('item_id', name=op.f('uq_tw_cases_item_id')),
    sa.UniqueConstraint('village_code', 'record_id', 'version', name=op.f('uq_tw_cases_village_code'))
    )
    op.create_index('ix_tw_cases_current', 'tw_cases', ['village_code', 'current', 'closed_on'], unique=False)
    op.create_table('tw_item_files',
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sm3', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['tw_items.id'], name=op.f('fk_tw_item_files_item_id_tw_items')),
    sa.ForeignKeyConstraint(['sm3'], ['tw_files.sm3'], name=op.f('fk_tw_item_files_sm3_tw_files')),
    sa.PrimaryKeyConstraint('item_id', 'name', name=op.f('pk_tw_item_files'))
    )
    op.create_table('tw_report_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('village_code', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('section', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['tw_items.id'], name=op.f('fk_tw_report_figures_item_id_tw_items')),
    sa.ForeignKeyConstraint(['village_code'], ['tw_villages.code'], name=op.f('fk_tw_report_figures_village_code_tw_villages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tw_report_figures')),
    sa.UniqueConstraint('item_id', 'section', 'key', name=op.f('uq_tw_report_figures_item_id'))
    )
    op.create_index(op.f('ix_tw_report_figures_item_id'), 'tw_report_figures', ['item_id'], unique=False)


def downgrade() -> None:

    op.drop_index(op.f('ix_tw_report_figures_item_id'), table_name='tw_report_figures')
    op.drop_table('tw_report_figures')
    op.drop_table('tw_item_files')
    op.drop_index('ix_tw_cases_current', table_name='tw_cases')
    op.drop_table('tw_cases')
    op.drop_table('tw_visits')
    op.drop_table('tw_training')
    op.drop_table('tw_roster')
    op.drop_index('ix_tw_items_current', table_name='tw_items')
    op.drop_index(op.f('ix_tw_items_batch_id'), table_name='tw_items')
    op.drop_table('tw_items')
    op.drop_table('tw_escalations')
    op.drop_index(op.f('ix_tw_batches_village_code'), table_name='tw_batches')
    op.drop_index(op.f('ix_tw_batches_period'), table_name='tw_batches')
    op.drop_table('tw_batches')
    op.drop_table('tw_villages')
    op.drop_table('tw_staff')
    op.drop_table('tw_settings')
    op.drop_index(op.f('ix_tw_quarantine_village_code'), table_name='tw_quarantine')
    op.drop_table('tw_quarantine')
    op.drop_table('tw_files')
    op.drop_index(op.f('ix_tw_audit_heads_name'), table_name='tw_audit_heads')
    op.drop_table('tw_audit_heads')
    op.drop_table('tw_audit')
