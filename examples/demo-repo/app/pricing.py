import os
import sys


def cart_total(prices, discount=0.0):
    """Sum of the prices after a fractional discount."""
    if discount < 0 or discount > 1:
        raise ValueError("discount must be between 0 and 1")
    total = sum(prices)
    return round(total * (1 - discount), 2)


def shipping(total, express=False):
    if express:
        return 15.0
    if total >= 50:
        return 0.0
    return 4.99


def describe(order_id, total):
    return "order %s: total %.2f, shipping %.2f, and this line is far too long for the project's flake8 settings" % (order_id, total, shipping(total))
