"""The verifier's report reads in the reader's language (issue 16): every check and every problem
is a catalogue sentence, or the package's own text (a file name) shown as it is."""

from __future__ import annotations

import os
import re

from gridDesk.archive.verify import report_text, verify_bag
from gridDesk.domain import catalogue
from gridDesk.security.sm import SigningKey
from tests.fault.hostile import good_bag, set_info

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def _blanked(message: catalogue.Message) -> catalogue.Message:
    """The sentence with the package's own text (USER_DATA parameters) taken out."""
    params = {k: "·" if k in catalogue.USER_DATA else _blanked(v) if isinstance(v, catalogue.Message) else v
              for k, v in message.params.items()}
    return catalogue.Message(message.code, params)


def _damaged(tmp_path):
    key = SigningKey.generate()
    bag = good_bag(tmp_path / "stick", key)
    set_info(bag, Payload_Oxum="1.1", Previous_Bag_Digest_SM3="nonsense")
    for n in range(7):  # more problems than a reason shows
        (bag / "data" / f"extra-{n}.txt").write_text("x")
    (bag / "autorun.inf").write_text("[autorun]\n")
    (bag / "manifest-sm3.txt").open("a").write("0" * 64 + "  data\\evil.txt\n")
    if hasattr(os, "symlink"):
        os.symlink("/etc/passwd", bag / "data" / "link")
    return verify_bag(bag, [SigningKey.generate().public()])  # and signed by a key not registered


def test_every_problem_is_a_catalogue_sentence_or_the_packages_own_text(tmp_path):
    report = _damaged(tmp_path)
    failed = [c for c in report.checks if not c.ok]
    assert len(failed) >= 8, report_text([report])
    for check in report.checks:
        assert catalogue.has(check.label.code), check.label
        assert not CJK.search(_blanked(check.label).render(catalogue.EN)), check.name
        for problem in check.problems:
            if isinstance(problem, catalogue.Message):
                english = _blanked(problem).render(catalogue.EN)
                assert not CJK.search(english), f"{check.name}: {english}"
            else:
                assert isinstance(problem, str)  # a name from the package, shown as it is


def test_the_report_reads_in_either_language_and_counts_what_it_does_not_show(tmp_path):
    report = _damaged(tmp_path)
    english, chinese = report_text([report], catalogue.EN), report_text([report])
    assert "== " in english and ": failed" in english and "[authenticity]" in english
    assert "FAIL  No file is extra: in the package but not in the manifest: data/extra-0.txt" in english
    assert "... 7 in all" in english and "……共 7 处" in chinese
    assert "失败  没有多出的文件：包里有而清单没有：data/extra-0.txt" in chinese
    assert "Previous-Bag-Digest-SM3 is not an SM3 digest: nonsense" in english
    # Chinese is left in English only where the package's own names carry it
    names = {p for c in report.checks for p in c.problems if isinstance(p, str)}
    names |= {str(v) for c in report.checks for p in c.problems if isinstance(p, catalogue.Message)
              for k, v in p.params.items() if k in catalogue.USER_DATA}
    rest = english
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, "")
    assert not CJK.search(rest), [line for line in rest.splitlines() if CJK.search(line)]
