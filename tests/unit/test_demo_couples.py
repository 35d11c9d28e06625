"""Issue 22 item 15: the demo village's couples are a man and a woman, and the ID numbers agree."""

from __future__ import annotations

from collections import defaultdict

from gridDesk.services.village_generator import generate_village


def test_a_spouse_has_the_other_sex_from_the_head_and_every_id_agrees_with_its_sex():
    village = generate_village("140105100201", 1000)
    by_household = defaultdict(dict)
    for person in village.residents:
        by_household[person.household_number].setdefault(person.relation, person)
        assert person.sex == ("男" if int(person.id_number[16]) % 2 else "女"), person
    couples = [(h["户主"], h["配偶"]) for h in by_household.values() if "户主" in h and "配偶" in h]
    assert len(couples) > 100
    female_heads = [head for head, _ in couples if head.sex == "女"]
    assert female_heads  # the demo has women heading households: their spouses are men
    assert all(head.sex != spouse.sex for head, spouse in couples), [
        (head.name, head.sex, spouse.name, spouse.sex) for head, spouse in couples if head.sex == spouse.sex][:3]
