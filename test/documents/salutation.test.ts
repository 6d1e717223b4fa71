import assert from "node:assert/strict";
import { addressee, fullName, salutation } from "../../src/documents/salutation";

describe("salutation", () => {
  it("addresses women with title and last name", () => {
    assert.equal(salutation({ salutation: "Frau", title: "Dr.", firstName: "Alex", lastName: "Beispiel" }), "Sehr geehrte Frau Dr. Beispiel,");
  });
  it("addresses men with last name", () => {
    assert.equal(salutation({ salutation: "Herr", title: null, firstName: "Max", lastName: "Muster" }), "Sehr geehrter Herr Muster,");
  });
  it("is neutral without an Anrede and names the whole person", () => {
    assert.equal(salutation({ salutation: null, title: null, firstName: "Alex", lastName: "Beispiel" }), "Guten Tag Alex Beispiel,");
    assert.equal(salutation({ salutation: null, title: "Prof. Dr.", firstName: "Alex", lastName: "Beispiel" }), "Guten Tag Prof. Dr. Alex Beispiel,");
  });
  it("addresses a professor by the highest title only, written out (DIN 5008)", () => {
    assert.equal(salutation({ salutation: "Herr", title: "Prof. Dr.", firstName: "Max", lastName: "Muster" }), "Sehr geehrter Herr Professor Muster,");
    assert.equal(salutation({ salutation: "Frau", title: "Prof.", firstName: "Jana", lastName: "Özdemir" }), "Sehr geehrte Frau Professorin Özdemir,");
    assert.equal(salutation({ salutation: "Herr", title: "Dr.-Ing.", firstName: "Max", lastName: "Muster" }), "Sehr geehrter Herr Dr.-Ing. Muster,");
  });
  it("ignores a title that is only blanks", () => {
    assert.equal(salutation({ salutation: "Frau", title: "  ", firstName: "Jana", lastName: "Özdemir" }), "Sehr geehrte Frau Özdemir,");
  });
});

describe("fullName", () => {
  it("joins title, first and last name", () => {
    assert.equal(fullName({ salutation: "Frau", title: "Dr.", firstName: "Alex", lastName: "Beispiel" }), "Dr. Alex Beispiel");
    assert.equal(fullName({ salutation: null, title: null, firstName: " Max ", lastName: "Muster" }), "Max Muster");
  });
});

describe("addressee", () => {
  it("writes „Herrn“ in the address, „Frau“ as it is, and only the name without an Anrede", () => {
    assert.equal(addressee({ salutation: "Herr", title: "Prof. Dr.", firstName: "Max", lastName: "Muster" }), "Herrn Prof. Dr. Max Muster");
    assert.equal(addressee({ salutation: "Frau", title: null, firstName: "Erika", lastName: "Ärmel" }), "Frau Erika Ärmel");
    assert.equal(addressee({ salutation: null, title: null, firstName: "Alex", lastName: "Beispiel" }), "Alex Beispiel");
  });
});
