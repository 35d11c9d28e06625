"""the monthly dispute report (矛盾纠纷排查调处情况统计表): its rows, which case categories go to
which row, and the people bands, as data the director keeps (issue 20 item 2)

Revision ID: 0032
Revises: 0033
Create Date: 2026-12-04 15:40:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0032'
down_revision = '0033'
branch_labels = None
depends_on = None

# The Tianque layout's rows and the case categories of migration 0003 each takes; the same as
# gridDesk/domain/dispute_report.py DEFAULT_ROWS, written out so the migration stays what it was.
ROWS = [
    ("婚姻家庭", ["婚姻家庭"]), ("邻里", ["邻里纠纷"]), ("房屋宅基地", ["房屋宅基地"]),
    ("山林土地水利权属", ["山林土地"]), ("劳资", ["劳资纠纷"]), ("征地拆迁", ["征地拆迁"]),
    ("村务管理", []), ("合同", []), ("损害赔偿", []), ("医疗", []), ("道路交通", []), ("环境污染", []),
    ("其他", ["其他纠纷"]),
]
BANDS = [1, 50, 101, 501]  # 1-49, 50-100, 101-500, 501 and more


def upgrade() -> None:
    rows = op.create_table('dispute_report_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('sort', sa.Integer(), nullable=False),
    sa.Column('other', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_report_rows')),
    sa.UniqueConstraint('name', name=op.f('uq_dispute_report_rows_name'))
    )
    op.create_table('dispute_report_categories',
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['case_categories.id'],
                            name=op.f('fk_dispute_report_categories_category_id_case_categories')),
    sa.ForeignKeyConstraint(['row_id'], ['dispute_report_rows.id'],
                            name=op.f('fk_dispute_report_categories_row_id_dispute_report_rows')),
    sa.PrimaryKeyConstraint('category_id', name=op.f('pk_dispute_report_categories'))
    )
    op.create_index(op.f('ix_dispute_report_categories_row_id'), 'dispute_report_categories', ['row_id'])
    bands = op.create_table('dispute_report_bands',
    sa.Column('low', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('low', name=op.f('pk_dispute_report_bands'))
    )
    op.bulk_insert(rows, [{"id": n, "name": name, "sort": n * 10, "other": name == "其他"}
                          for n, (name, _cats) in enumerate(ROWS, 1)])
    op.bulk_insert(bands, [{"low": b} for b in BANDS])
    # The 矛盾纠纷 subcategories by name (a village may have renamed or added some: those it
    # renamed stay unmapped and count under 其他 until the director maps them).
    conn = op.get_bind()
    top = conn.execute(sa.text("SELECT id FROM case_categories WHERE name = '矛盾纠纷' AND parent_id IS NULL")).scalar()
    if top is None:
        return
    subs = dict(conn.execute(sa.text("SELECT name, id FROM case_categories WHERE parent_id = :p"), {"p": top}).all())
    for n, (_name, cats) in enumerate(ROWS, 1):
        for cat in cats:
            if cat in subs:
                conn.execute(sa.text("INSERT INTO dispute_report_categories (category_id, row_id) VALUES (:c, :r)"),
                             {"c": subs[cat], "r": n})


def downgrade() -> None:
    op.drop_table('dispute_report_bands')
    op.drop_index(op.f('ix_dispute_report_categories_row_id'), table_name='dispute_report_categories')
    op.drop_table('dispute_report_categories')
    op.drop_table('dispute_report_rows')
