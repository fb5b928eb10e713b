package dev.latchkey.accounts.administration.boundary;

import dev.latchkey.accounts.core.boundary.AccountView;

import java.util.List;

/** One page of accounts. */
public record AccountPage(List<AccountView> items, int page, int size, long total) {
}
