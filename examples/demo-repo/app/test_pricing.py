import pytest

from app.pricing import cart_total, describe, shipping


def test_cart_total_applies_discount():
    assert cart_total([10, 20], 0.5) == 15.0


def test_cart_total_rejects_bad_discount():
    with pytest.raises(ValueError):
        cart_total([1], 2)


def test_free_shipping_over_50():
    assert shipping(60) == 0.0


def test_describe_mentions_the_order():
    assert "order 7" in describe(7, 10)
