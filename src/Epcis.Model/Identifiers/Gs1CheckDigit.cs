namespace Epcis.Model.Identifiers;

/// <summary>Computes and verifies the GS1 mod-10 check digit of GTINs, GLNs, SSCCs and the other numeric GS1 keys.</summary>
/// <remarks>GS1 General Specifications §7.9.1: weights 3,1,3,1… starting from the rightmost data digit; check = (10 − sum mod 10) mod 10.</remarks>
public static class Gs1CheckDigit
{
    /// <summary>Returns the check digit (0–9) for the given data digits; throws <see cref="ArgumentException"/> on an empty or non-digit input.</summary>
    public static int Compute(ReadOnlySpan<char> digitsWithoutCheck)
    {
        if (!TryCompute(digitsWithoutCheck, out int check))
            throw new ArgumentException("Expected one or more decimal digits.", nameof(digitsWithoutCheck));
        return check;
    }

    /// <summary>True when the last digit is the correct check digit for the digits before it.</summary>
    public static bool IsValid(ReadOnlySpan<char> digitsWithCheck) =>
        digitsWithCheck.Length >= 2
        && char.IsAsciiDigit(digitsWithCheck[^1])
        && TryCompute(digitsWithCheck[..^1], out int check)
        && check == digitsWithCheck[^1] - '0';

    /// <summary>Non-throwing variant used on hot paths.</summary>
    internal static bool TryCompute(ReadOnlySpan<char> digits, out int check)
    {
        check = 0;
        if (digits.IsEmpty) return false;
        int sum = 0;
        int weight = 3;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if ((uint)d > 9) return false;
            sum += d * weight;
            weight = 4 - weight;
        }
        check = (10 - sum % 10) % 10;
        return true;
    }

    /// <summary>The check digit as a character.</summary>
    internal static char CharFor(ReadOnlySpan<char> digits) => (char)('0' + Compute(digits));
}
