"""Payees of a schedule of payments (loaders/payees.py) and which of them are bodies (extract)."""

from govgraph.loaders.extract import extract_document
from govgraph.loaders.normalise import normalise_text
from govgraph.loaders.payees import find_payees
from govgraph.loaders.read import read_document

# a parish council's schedule laid out in columns of spaces, a name wrapped above its row
PARISH = ("KESTREL PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\nPresent: Cllr A Ames (Chair), Cllr B Bell\n\n"
          "31/08 Finance\nThe Clerk presented the schedule of payments.\n\n"
          "Payee                                  Details                          Net       VAT     Total\n"
          "Mrs J Pell                             Clerk salary (February)       £612.40     £0.00   £612.40\n"
          "Hollin Grounds Care                    Grass cutting                 £385.00    £77.00   £462.00\n"
          "Westshire Association of Local\n"
          "  Councils                             Training day                   £45.00     £9.00    £54.00\n"
          "Saint Anne's Hospice                   Donation (s.137)             £100.00     £0.00   £100.00\n"
          "                                                                     TOTAL            £1,216.40\n\n"
          "It was resolved that the payments be approved.\n")
# a Welsh community council's schedule in tabs, a name wrapped below its row; invoices as lines
COMMUNITY = ("CYNGOR CYMUNED LLANARTH COMMUNITY COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n"
             "Present: Cllr Ann Ames (Chair), Cllr Bob Bell\n\n2031/12 Finance\n\n"
             "Payee\tDetails\tAmount (£)\nMr D. Hale\tSalary, February\t546.40\n"
             "Llanarth Village Hall Management\tHall hire\t60.00\nCommittee\nTy Gwyn Playground Services\tInspection\t310.00\n\n"
             "Invoice from Eden Garden Landscapes £ 705.25\nInvoice from G & AM Rowe £ 1033.00\n\n"
             "Resolved: that the payments be made.\n")


def test_payees_of_two_layouts_and_of_invoice_lines():
    # (as the readers give the text: columns of spaces become cells)
    assert [p.name for p in find_payees(normalise_text(PARISH))] == [
        "Mrs J Pell", "Hollin Grounds Care", "Westshire Association of Local Councils", "Saint Anne's Hospice"]
    assert [p.name for p in find_payees(normalise_text(COMMUNITY))] == [
        "Mr D. Hale", "Llanarth Village Hall Management Committee", "Ty Gwyn Playground Services", "Eden Garden Landscapes",
        "G & AM Rowe"]


def test_the_organisations_paid_are_bodies_and_the_people_paid_are_not(tmp_path):
    for name, text, firms, people in [
        ("p.txt", PARISH, {"Hollin Grounds Care", "Westshire Association of Local Councils", "Saint Anne's Hospice"}, {"Pell"}),
        ("c.txt", COMMUNITY, {"Llanarth Village Hall Management Committee", "Ty Gwyn Playground Services",
                              "Eden Garden Landscapes"}, {"Hale", "Rowe"}),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        bodies = {b.name for b in extract_document(read_document(tmp_path / name)).bodies}
        assert firms <= bodies, bodies
        assert not {b for b in bodies if any(p in b for p in people)}, bodies



def test_what_a_schedule_holds_besides_payees():
    text = normalise_text(
        "Payee              Details                 Amount\n"
        "Westby Grounds Care    Grass cutting       £300\n"
        "\t(April)\n"  # another column's words wrapped: no part of a payee
        "Total Gas & Power      Electricity         £120.00\n"  # a supplier, not the total
        "Barclays Bank          Charges             £5.00\n"
        "TOTAL                                      £425.00\n\n"
        "Invoice from Westby Print for the Newsletter £50.00\n")
    assert [p.name for p in find_payees(text)] == [
        "Westby Grounds Care", "Total Gas & Power", "Barclays Bank", "Westby Print"]


def test_a_firms_letters_are_no_persons_initials(tmp_path):
    (tmp_path / "p.txt").write_text(PARISH.replace("Hollin Grounds Care   ", "JB Fencing            "), encoding="utf-8")
    bodies = {b.name for b in extract_document(read_document(tmp_path / "p.txt")).bodies}
    assert "JB Fencing" in bodies
