"""each escalation of a case to the township as the archive sends it (上报件, issue 21 item 1):
its ordinal on the case, the deadline the village asks for, the reason, the photos as of then,
and the batch planned to carry it; escalations already on record are numbered here and leave in
the next batch

Revision ID: 0037
Revises: 0031
Create Date: 2026-12-04 19:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0037'
down_revision = '0031'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_escalations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('asked_due', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('attachments_upto', sa.Integer(), nullable=False),
    sa.Column('sent_in', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_escalations_case_id_cases')),
    sa.ForeignKeyConstraint(['event_id'], ['case_events.id'], name=op.f('fk_case_escalations_event_id_case_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_escalations')),
    sa.UniqueConstraint('case_id', 'ordinal', name=op.f('uq_case_escalations_case_id_ordinal')),
    sa.UniqueConstraint('event_id', name=op.f('uq_case_escalations_event_id'))
    )
    op.create_index(op.f('ix_case_escalations_case_id'), 'case_escalations', ['case_id'], unique=False)
    op.create_index(op.f('ix_case_escalations_sent_in'), 'case_escalations', ['sent_in'], unique=False)
    # The escalations already on record, numbered per case in the order they happened.
    bind = op.get_bind()
    events = bind.execute(sa.text(
        "SELECT id, case_id, at, detail FROM case_events WHERE action = 'escalate' ORDER BY case_id, at, id")).fetchall()
    ordinal: dict[int, int] = {}
    for event_id, case_id, at, detail in events:
        ordinal[case_id] = ordinal.get(case_id, 0) + 1
        detail = detail or ""
        if detail.startswith("上报方式："):
            detail = detail.split("；", 1)[1] if "；" in detail else ""
        upto = bind.execute(sa.text(
            "SELECT MAX(id) FROM attachments WHERE owner = 'case' AND owner_id = :c AND "
            "(case_event_id <= :e OR (case_event_id IS NULL AND added_at <= :at))"),
            {"c": case_id, "e": event_id, "at": at}).scalar() or 0
        bind.execute(sa.text(
            "INSERT INTO case_escalations (case_id, event_id, ordinal, asked_due, reason, attachments_upto, sent_in) "
            "VALUES (:c, :e, :o, NULL, :r, :u, '')"),
            {"c": case_id, "e": event_id, "o": ordinal[case_id], "r": detail, "u": upto})


def downgrade() -> None:
    op.drop_index(op.f('ix_case_escalations_sent_in'), table_name='case_escalations')
    op.drop_index(op.f('ix_case_escalations_case_id'), table_name='case_escalations')
    op.drop_table('case_escalations')
