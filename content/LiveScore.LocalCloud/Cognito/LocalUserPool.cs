using System.Collections.Concurrent;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;

namespace LiveScore.LocalCloud.Cognito;

/// <summary>A customer of the local user pool; <see cref="Sub"/> is the user id every token carries.</summary>
public sealed record LocalUser(string Sub, string Email, byte[] Salt, byte[] PasswordHash);

/// <summary>A refusal in Amazon Cognito's terms: its error type (<c>__type</c>) and message.</summary>
public sealed class CognitoException(string type, string message) : Exception(message)
{
    public string Type { get; } = type;
}

/// <summary>
/// The application's user pool, locally: customers sign up with their email address as user name and a password under
/// the deployed pool's policy, and sign in for tokens (<see cref="UserPoolTokens"/>). Unlike the deployed pool, a
/// sign-up is confirmed at once (no code is mailed) and users live as long as the local cloud runs.
/// </summary>
public sealed class LocalUserPool(UserPoolTokens tokens, string clientId)
{
    /// <summary>The deployed pool's password policy, which the CDK app sets too.</summary>
    public const int MinimumPasswordLength = 8;

    private readonly ConcurrentDictionary<string, LocalUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> _refreshTokens = new(StringComparer.Ordinal);

    public string ClientId => clientId;

    public UserPoolTokens Tokens => tokens;

    /// <summary>Adds a confirmed user.</summary>
    /// <exception cref="CognitoException">The client, user name or password is refused, or the user exists.</exception>
    public LocalUser SignUp(string? client, string? username, string? password)
    {
        CheckClient(client);
        var email = Email(username);
        CheckPassword(password);
        var salt = RandomNumberGenerator.GetBytes(16);
        var user = new LocalUser(Guid.NewGuid().ToString(), email, salt, Hash(password!, salt));
        return _users.TryAdd(email, user)
            ? user
            : throw new CognitoException("UsernameExistsException", "An account with the given email already exists.");
    }

    /// <summary>USER_PASSWORD_AUTH: the tokens and a refresh token for a user whose password matches.</summary>
    public (string IdToken, string AccessToken, string? RefreshToken) SignIn(string? client, string? username, string? password)
    {
        CheckClient(client);
        if (username is null || password is null || !_users.TryGetValue(username, out var user)
            || !CryptographicOperations.FixedTimeEquals(user.PasswordHash, Hash(password, user.Salt)))
        {
            // The same answer for an unknown user and a wrong password: no one learns which addresses have accounts.
            throw new CognitoException("NotAuthorizedException", "Incorrect username or password.");
        }
        var refresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _refreshTokens[refresh] = user.Email;
        var (id, access) = tokens.Issue(user, clientId);
        return (id, access, refresh);
    }

    /// <summary>REFRESH_TOKEN_AUTH: new id and access tokens (and no new refresh token) for a refresh token of this pool.</summary>
    public (string IdToken, string AccessToken, string? RefreshToken) Refresh(string? client, string? refreshToken)
    {
        CheckClient(client);
        if (refreshToken is null || !_refreshTokens.TryGetValue(refreshToken, out var email) || !_users.TryGetValue(email, out var user))
        {
            throw new CognitoException("NotAuthorizedException", "Invalid Refresh Token.");
        }
        var (id, access) = tokens.Issue(user, clientId);
        return (id, access, null);
    }

    private void CheckClient(string? client)
    {
        if (!string.Equals(client, clientId, StringComparison.Ordinal))
        {
            throw new CognitoException("ResourceNotFoundException", $"User pool client {client} does not exist (the local pool's client is '{clientId}').");
        }
    }

    private static string Email(string? username)
    {
        if (string.IsNullOrWhiteSpace(username) || username.Length > 128 || username.Any(char.IsControl)
            || !MailAddress.TryCreate(username, out var address) || address.Address != username)
        {
            throw new CognitoException("InvalidParameterException", "Username should be an email.");
        }
        return username;
    }

    private static void CheckPassword(string? password)
    {
        var problem = password switch
        {
            null or { Length: < MinimumPasswordLength } => "Password not long enough",
            _ when !password.Any(char.IsUpper) => "Password must have uppercase characters",
            _ when !password.Any(char.IsLower) => "Password must have lowercase characters",
            _ when !password.Any(char.IsDigit) => "Password must have numeric characters",
            _ when password.All(char.IsLetterOrDigit) => "Password must have symbol characters",
            _ => null,
        };
        if (problem is not null)
        {
            throw new CognitoException("InvalidPasswordException", "Password did not conform with policy: " + problem);
        }
    }

    private static byte[] Hash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, 10_000, HashAlgorithmName.SHA256, 32);
}
