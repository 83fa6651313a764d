"""``dates._gregorian`` unpacks ``Match.groups()`` by position: the pattern's groups must
stay in the order it names them."""

from communique.extract import dates


def test_gregorian_groups_in_unpacking_order() -> None:
    day_first = ["d1", "d2", "m1", "y1", "d3", "m2", "y2"]
    month_first = ["m3", "d4", "m4", "d5", "y3"]
    numeric, iso = ["nd", "nm", "ny"], ["iy", "im", "id"]
    names = day_first + month_first + numeric + iso
    index = dates._gregorian_re().groupindex
    assert [index[n] for n in names] == list(range(1, len(names) + 1)) == list(index.values())
