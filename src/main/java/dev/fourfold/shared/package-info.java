/** Value types used by every module: periods, frequencies, the acting user, paging and API errors. */
package dev.fourfold.shared;
