/** Pages and REST endpoints of users, grants, tokens and sign-in. */
package dev.fourfold.security.web;
