using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// Who a quote is attributed to while quotes are being found: the words that name them in the body,
/// where, the entity mention they are (if any) and their canonical name (the entity's, or the body a
/// speaking place stands for). The quote keeps only the reference to the mention and, when it differs
/// from the mention's name, the body.
/// </summary>
/// <param name="IsPerson">A person (named, described by role, or a pronoun for one): what a later 'dia' can point back to.</param>
/// <param name="Role">The role the speaker was described by ('juru bicara ...'), so 'juru bicara itu' can find them again.</param>
internal sealed record Speaker(string Text, TextSpan Span, string? Canonical, bool IsPerson, string? Role, EntityMention? Entity = null);
